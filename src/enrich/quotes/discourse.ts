/**
 * Who is on stage: people and institutions named so far, so that `ia`, `katanya` or a bare
 * role (`kata Presiden`) can be resolved to the last one that fits.
 */

/**
 * How much a candidate counts as an antecedent: someone who said something (`speaker`), a
 * person named for sure (`strong`: an entity of type PER, a name after a role), or a
 * capitalised subject that may be a person (`weak`, only used when nothing else fits).
 */
export type CandidateWeight = 'speaker' | 'strong' | 'weak';

export interface Candidate {
  /** Where the candidate last came up (a pronoun that resolved to it counts). */
  at: number;
  weight: CandidateWeight;
  name: string;
  entity: string | null;
  isOrg: boolean;
  role: string | null;
  /** Where the candidate is named in the text. */
  start: number;
  end: number;
}

export interface Discourse {
  /** Candidates found before reading quotes (subjects, people introduced with a role), by position. */
  mentions: readonly Candidate[];
  /** Speakers met while reading, in text order. */
  speakers: Candidate[];
}

function latest(
  discourse: Discourse,
  before: number,
  fits: (candidate: Candidate) => boolean,
): Candidate | null {
  let best: Candidate | null = null;
  for (const pool of [discourse.mentions, discourse.speakers]) {
    for (const candidate of pool) {
      if (candidate.at < before && fits(candidate) && (!best || candidate.at >= best.at)) best = candidate;
    }
  }
  return best;
}

/**
 * For a singular pronoun: the last speaker, unless a person is named for sure after it (a new
 * person coming on stage); weak candidates only when there is neither. For `mereka`, the last
 * candidate of any kind.
 */
export function resolvePronoun(discourse: Discourse, before: number, plural: boolean): Candidate | null {
  if (plural) return latest(discourse, before, () => true);
  const speaker = latest(discourse, before, (c) => !c.isOrg && c.weight === 'speaker');
  const newcomer = latest(
    discourse,
    before,
    (c) => !c.isOrg && c.weight === 'strong' && c.at > (speaker?.at ?? -1),
  );
  return newcomer ?? speaker ?? latest(discourse, before, (c) => !c.isOrg);
}

/** The last named person whose role has every word of `role` (`Presiden` → `Presiden Joko Widodo`). */
export function resolveRole(discourse: Discourse, before: number, role: string): Candidate | null {
  const wanted = role.toLowerCase().split(/\s+/u);
  return latest(discourse, before, (candidate) => {
    const words = new Set((candidate.role ?? '').toLowerCase().split(/[\s,]+/u));
    return !candidate.isOrg && wanted.every((word) => words.has(word));
  });
}

export function rememberSpeaker(discourse: Discourse, speaker: Candidate): void {
  discourse.speakers.push(speaker);
}
