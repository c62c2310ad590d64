import type { TimeSpec } from './time-spec.ts';

/** A recognised time expression before resolution: where it is and what it means. */
export interface TimeCandidate {
  start: number;
  end: number;
  spec: TimeSpec;
  /** The recogniser that found it, for debugging and evidence. */
  rule: string;
}
