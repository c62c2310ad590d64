export interface EventMembershipEvidence {
  document: string;
  similarity: number;
  sharedEntities: string[];
  timeGapDays: number | null;
  /** The document it was linked to. */
  linkedTo: string | null;
}

export interface NewsEvent {
  id: string;
  title: string;
  /** ISO date of the happening, as precise as known, or null. */
  date: string | null;
  documents: string[];
  entities: string[];
  evidence: EventMembershipEvidence[];
}

/** Why an event sits in its storyline. */
export interface StorylineMembershipEvidence {
  event: string;
  /** The earlier event of the storyline it was chained to, or null when it opened the storyline. */
  linkedTo: string | null;
  /** Core entities the two events share. */
  sharedEntities: string[];
  /** Cosine of their weighted topic terms. */
  topicSimilarity: number;
}

export interface Storyline {
  id: string;
  title: string;
  events: string[];
  entities: string[];
  /** One entry per event, in the order the events joined. */
  evidence?: StorylineMembershipEvidence[];
}

export interface ClaimFigure {
  document: string;
  text: string;
  value: number;
  qualifier: string;
  start: number;
  end: number;
}

export interface Claim {
  id: string;
  subject: string;
  unit: string;
  figures: ClaimFigure[];
  consistent: boolean;
  reasoning: string;
}
