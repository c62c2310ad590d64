/** Turns an attribution found in the text into a speaker: pronouns and bare roles resolved, entities linked. */
import type { EntityMention } from '../../model/entity.ts';
import type { Attribution } from './cues.ts';
import {
  type Candidate,
  type CandidateWeight,
  type Discourse,
  resolvePronoun,
  resolveRole,
} from './discourse.ts';
import { entityAtSpan, entityByName, personByRole } from './entity-link.ts';
import type { SpeakerPhrase } from './speaker-phrase.ts';

export interface ResolvedSpeaker {
  entity: string | null;
  name: string;
  evidence: string;
  role: string | null;
  isOrg: boolean;
  /** Where the speaker is named (for a pronoun, the antecedent). */
  start: number;
  end: number;
}

function fromCandidate(candidate: Candidate, evidence: string): ResolvedSpeaker {
  const { entity, name, role, isOrg, start, end } = candidate;
  return { entity, name, evidence, role, isOrg, start, end };
}

function fromEntity(entity: EntityMention, phrase: SpeakerPhrase, evidence: string): ResolvedSpeaker {
  return {
    entity: entity.entity,
    name: entity.name,
    evidence,
    role: phrase.role,
    isOrg: entity.type !== 'PER',
    start: phrase.nameStart,
    end: phrase.nameEnd,
  };
}

function namedSpeaker(
  phrase: SpeakerPhrase,
  evidence: string,
  entities: readonly EntityMention[],
): ResolvedSpeaker {
  const person = phrase.kind === 'person';
  const entity =
    entityAtSpan(entities, phrase.nameStart, phrase.nameEnd, person) ??
    (person ? null : entityAtSpan(entities, phrase.start, phrase.end, false)) ??
    entityByName(entities, phrase.name, phrase.start);
  if (entity) return fromEntity(entity, phrase, evidence);
  return {
    entity: null,
    name: phrase.name,
    evidence,
    role: phrase.role,
    isOrg: !person,
    start: phrase.nameStart,
    end: phrase.nameEnd,
  };
}

function roleSpeaker(
  phrase: SpeakerPhrase,
  evidence: string,
  discourse: Discourse,
  entities: readonly EntityMention[],
): ResolvedSpeaker {
  const candidate = resolveRole(discourse, phrase.start, phrase.name);
  if (candidate) return { ...fromCandidate(candidate, evidence), role: phrase.name };
  const entity = personByRole(entities, phrase.name, phrase.start);
  if (entity) return { ...fromEntity(entity, phrase, evidence), role: phrase.name };
  return {
    entity: null,
    name: phrase.name,
    evidence,
    role: phrase.name,
    isOrg: false,
    start: phrase.nameStart,
    end: phrase.nameEnd,
  };
}

/** The speaker an attribution names, or null when it names none that can be resolved. */
export function resolveSpeaker(
  attribution: Attribution,
  discourse: Discourse,
  entities: readonly EntityMention[],
): ResolvedSpeaker | null {
  const { phrase, evidence } = attribution;
  if (!phrase) return null;
  if (phrase.kind === 'pronoun') {
    const candidate = resolvePronoun(discourse, phrase.start, phrase.pronoun === 'plural');
    return candidate ? fromCandidate(candidate, evidence) : null;
  }
  if (phrase.kind === 'role') return roleSpeaker(phrase, evidence, discourse, entities);
  return namedSpeaker(phrase, evidence, entities);
}

/** The speaker as a discourse candidate, come up at `at`. */
export function asCandidate(
  speaker: ResolvedSpeaker,
  at: number,
  weight: CandidateWeight = 'speaker',
): Candidate {
  const { entity, name, role, isOrg, start, end } = speaker;
  return { at, weight, name, entity, isOrg, role, start, end };
}
