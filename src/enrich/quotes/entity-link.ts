/** Links a speaker found in the text to one of the document's entities: by span first, then by name. */
import type { EntityMention } from '../../model/entity.ts';

function overlap(aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  return Math.max(0, Math.min(aEnd, bEnd) - Math.max(aStart, bStart));
}

/** The entity with a mention overlapping `[start, end)` most; persons first when `person` is set. */
export function entityAtSpan(
  entities: readonly EntityMention[],
  start: number,
  end: number,
  person: boolean,
): EntityMention | null {
  let best: EntityMention | null = null;
  let bestScore = 0;
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      const shared = overlap(start, end, mention.start, mention.end);
      if (shared === 0) continue;
      const score = shared + (person === (entity.type === 'PER') ? 1000 : 0);
      if (score > bestScore) {
        best = entity;
        bestScore = score;
      }
    }
  }
  return best;
}

function nameTokens(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[\s\-‐.]+/u)
    .filter((token) => token.length > 0);
}

/** Every speaker is looked up among every mention of the document: each form is split once. */
const FORM_CACHE_LIMIT = 10_000;
const formTokenCache = new Map<string, ReadonlySet<string>>();

function formTokens(form: string): ReadonlySet<string> {
  let tokens = formTokenCache.get(form);
  if (!tokens) {
    tokens = new Set(nameTokens(form));
    if (formTokenCache.size >= FORM_CACHE_LIMIT) formTokenCache.clear();
    formTokenCache.set(form, tokens);
  }
  return tokens;
}

function lastMentionBefore(entity: EntityMention, before: number): number {
  let last = Number.NEGATIVE_INFINITY;
  for (const mention of entity.mentions)
    if (mention.start < before && mention.start > last) last = mention.start;
  return last;
}

/** The entity whose name or a mention contains every word of `name`; the one mentioned last before `before` wins. */
export function entityByName(
  entities: readonly EntityMention[],
  name: string,
  before: number,
): EntityMention | null {
  const wanted = nameTokens(name);
  if (wanted.length === 0) return null;
  const matches = entities.filter((entity) => {
    const forms = [entity.name, ...entity.mentions.map((mention) => mention.text)];
    return forms.some((form) => {
      const tokens = formTokens(form);
      return wanted.every((token) => tokens.has(token));
    });
  });
  return matches.sort((a, b) => lastMentionBefore(b, before) - lastMentionBefore(a, before))[0] ?? null;
}

/** The person whose recorded roles include `role` (Presiden, Menteri Luar Negeri), mentioned last before `before`. */
export function personByRole(
  entities: readonly EntityMention[],
  role: string,
  before: number,
): EntityMention | null {
  const wanted = role.toLowerCase();
  const matches = entities.filter(
    (entity) => entity.type === 'PER' && (entity.roles ?? []).some((r) => r.toLowerCase().includes(wanted)),
  );
  return matches.sort((a, b) => lastMentionBefore(b, before) - lastMentionBefore(a, before))[0] ?? null;
}
