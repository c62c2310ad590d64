/** Bylines: "sef, CNBC Indonesia", "Andhika Prasetia - detikNews", "Penulis: X | Editor: Y", "Oleh X", "(sef/sef)". */
import { BYLINE_PREFIX } from '../../lang/id/boilerplate.ts';
import { hasOutletNameWord, isNonOutletDomain, knownOutlet } from '../../lang/id/outlets.ts';
import { bareDomain, findDomains } from './domains.ts';
import { wordCount } from './shape.ts';

export interface AuthorOutlet {
  byline: string;
  /** The outlet as written after the author ("CNBC Indonesia"). */
  outlet: string;
}

const AUTHOR_OUTLET = /^(\p{L}[\p{L}.' ]{0,48}?)\s*(?:,|\s[-–—|]\s)\s*(\S.{1,40})$/u;
const MAX_AUTHOR_WORDS = 5;

/** True when a name can only be a publisher: a known outlet, a domain, or a name with a publisher word. */
export function isOutletLikeName(name: string): boolean {
  const trimmed = name.trim();
  if (knownOutlet(trimmed)) return true;
  const domains = findDomains(trimmed);
  if (domains.length === 1 && domains[0]?.text.length === trimmed.length) {
    return !isNonOutletDomain(bareDomain(trimmed));
  }
  const words = trimmed.split(/\s+/);
  return words.length >= 2 && words.length <= 4 && hasOutletNameWord(trimmed) && /^\p{Lu}/u.test(trimmed);
}

/** "sef, CNBC Indonesia" → { byline: "sef", outlet: "CNBC Indonesia" }. */
export function authorOutletLine(line: string): AuthorOutlet | null {
  const match = AUTHOR_OUTLET.exec(line.trim());
  if (!match) return null;
  const author = (match[1] ?? '').trim();
  const outlet = (match[2] ?? '').trim();
  if (wordCount(author) > MAX_AUTHOR_WORDS || !isOutletLikeName(outlet) || isOutletLikeName(author))
    return null;
  return { byline: author, outlet };
}

/** The author named by a byline line, without labels, outlet and co-credits. */
export function bylineName(line: string): string | null {
  const pair = authorOutletLine(line);
  if (pair) return pair.byline;
  const firstCredit = line.split(/\s+[|•]\s+|\s+[-–—]\s+/u)[0] ?? line;
  const name = firstCredit
    .replace(BYLINE_PREFIX, '')
    .replace(/^[\p{L}.]+\.(?:com|co\.id|id|co)\s*,\s*/iu, '')
    .replace(/\s*,\s*[^,]+$/u, (tail) => (isOutletLikeName(tail.replace(/^\s*,\s*/, '')) ? '' : tail))
    .trim();
  if (!name || wordCount(name) > 6 || /[.!?]$/.test(name)) return null;
  return name;
}

/** "(sef/sef)" → "sef": the writer's initials, used as byline when nothing better names the author. */
export function initialsFromEditorLine(line: string): string | null {
  const match = /^\(\s*([a-z]{2,5})\s*(?:\/|\))/u.exec(line.trim());
  return match?.[1] ?? null;
}
