export interface QuoteSpeaker {
  entity: string | null;
  name: string;
  /** How the speaker was found: `verb:kata`, `menurut`, `pronoun`, `continuation`. */
  evidence?: string;
  /** The role named with the speaker ("juru bicara Dewan Keamanan Nasional"). */
  role?: string;
}

export interface Quote {
  /** The quoted words, without quotation marks; equals `text.slice(start, end)` of the document. */
  text: string;
  direct: boolean;
  speaker: QuoteSpeaker | null;
  start: number;
  end: number;
  /** The reporting cue, e.g. `kata`, `menurut`. */
  cue?: string;
}
