/**
 * Datelines opening the first paragraph: "Jakarta, CNBC Indonesia -", "JAKARTA -", "KLIKWARTAKU —",
 * "JAKARTA, KOMPAS.com -", "Jakarta (ANTARA) -", "TEMPO.CO, Jakarta -", "WASHINGTON, June 12 (Reuters) -".
 */
import { MONTH_PATTERN, WEEKDAY_PATTERN } from '../../lang/id/calendar.ts';
import { isOutletLikeName } from './byline.ts';

export interface Dateline {
  /** The removed prefix, dash included, verbatim. */
  text: string;
  /** The paragraph without it. */
  rest: string;
  /** An outlet the dateline names for sure ("CNBC Indonesia", "KOMPAS.com", "(ANTARA)"). */
  outlet: string | null;
  /** A lone upper-case word ("KLIKWARTAKU", "JAKARTA"): an outlet only if other evidence agrees. */
  uncertainName: string | null;
}

const PREFIX = /^(.{2,80}?)(\s+(?:--|- -|[-–—])\s*|\s*(?:—|–|--)\s*)(?=["“'‘(\p{Lu}\p{N}])/u;
const MAX_PREFIX_WORDS = 9;
const DATE_PART = new RegExp(
  String.raw`^(?:(?:${WEEKDAY_PATTERN})\b\s*(?:\(\s*\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\s*\))?|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|(?:${MONTH_PATTERN})\.?\s+\d{1,2}|\d{1,2}\s+(?:${MONTH_PATTERN}))$`,
  'iu',
);
const CAPITALISED_WORDS = /^(?:\p{Lu}[\p{L}.'-]*)(?:\s+\p{Lu}[\p{L}.'-]*){0,3}$/u;
const UPPER_WORDS = /^\p{Lu}[\p{Lu}.'-]+(?:\s+\p{Lu}[\p{Lu}.'-]+){0,2}$/u;

/** Reads the dateline at the start of `paragraph`, or null when it does not open with one. */
export function readDateline(paragraph: string): Dateline | null {
  const match = PREFIX.exec(paragraph);
  if (!match) return null;
  const prefix = match[1] ?? '';
  if (prefix.split(/\s+/).length > MAX_PREFIX_WORDS || /[.!?;:"“”]/.test(prefix.replace(/\w\.\w/g, ''))) {
    return null;
  }
  const parts = splitParts(prefix);
  if (parts === null) return null;
  const reading = classifyParts(parts);
  if (reading === null) return null;
  return { text: match[0].trimEnd(), rest: paragraph.slice(match[0].length), ...reading };
}

/** "Jakarta (ANTARA)" → ["Jakarta", "(ANTARA)"]; "WASHINGTON, June 12 (Reuters)" → three parts. */
function splitParts(prefix: string): string[] | null {
  const parts: string[] = [];
  for (const commaPart of prefix.split(/\s*,\s*/)) {
    const paren = /^(.*?)\s*(\([^()]+\))$/.exec(commaPart);
    if (paren) {
      if (paren[1]) parts.push(paren[1]);
      parts.push(paren[2] ?? '');
    } else parts.push(commaPart);
  }
  return parts.every((part) => part.length > 0) ? parts : null;
}

function classifyParts(parts: string[]): Pick<Dateline, 'outlet' | 'uncertainName'> | null {
  let outlet: string | null = null;
  let uncertainName: string | null = null;
  for (const part of parts) {
    const inner = part.replace(/^\((.*)\)$/, '$1').trim();
    if (DATE_PART.test(inner)) continue;
    if (part.startsWith('(') || isOutletLikeName(inner)) {
      outlet ??= inner;
      continue;
    }
    const isPlaceLike = parts.length > 1 ? CAPITALISED_WORDS.test(inner) : isLonePlaceOrName(inner);
    if (!isPlaceLike) return null;
    if (parts.length === 1 && UPPER_WORDS.test(inner) && !inner.includes(' ')) uncertainName = inner;
  }
  return { outlet, uncertainName };
}

/** Without a comma the prefix must be one word ("Jakarta") or upper case ("NEW YORK"): "Kim Jong Un —" is a sentence. */
function isLonePlaceOrName(text: string): boolean {
  return UPPER_WORDS.test(text) || /^\p{Lu}[\p{Ll}'-]+$/u.test(text);
}
