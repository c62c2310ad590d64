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

export interface Storyline {
  id: string;
  title: string;
  events: string[];
  entities: string[];
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
