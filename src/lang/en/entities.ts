import type { EntityType } from '../../model/entity.ts';
import type { Token } from '../pack.ts';
import {
  NAME_CONNECTORS,
  NOT_NAMES,
  ORGANISATION_HEADS,
  ORGANISATION_TAILS,
  PERSON_ROLES,
  PERSON_TITLES,
  PERSON_VERBS,
  PLACE_HEADS,
  PLACE_PREPOSITIONS,
  PLACE_TAILS,
  TITLE_MODIFIERS,
} from './entity-cues.ts';
import { countryOfDemonym, knownPlace } from './places.ts';
import { sentenceStartsOf } from './sentences.ts';
import { isEnglishStopword } from './stopwords.ts';
import { tokenizeEnglish } from './tokenizer.ts';

/**
 * A capitalised-phrase recogniser for English news: good enough to give clustering its entity
 * features, not a full NER. Runs of capitalised words are typed by cues in this order: an
 * organisation word at the end or head (`… Inc.`, `Ministry of …`), a title before a name
 * (`President …`, `Mr. …`), a known place or nationality, a place word (`… County`, `Mount …`), an
 * acronym, a preposition of place (`in …`), and person cues (`coach …`, `… said`).
 */

export interface EnglishEntitySpan {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** Canonical name: the country for `Russian`, the full name for a later bare surname. */
  canonical: string;
}

const lower = (token: Token): string => token.text.toLowerCase().replace(/\.$/u, '');
const isCapitalised = (token: Token): boolean => token.kind === 'word' && /^\p{Lu}/u.test(token.text);
const isAcronym = (token: Token): boolean => /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4})$/u.test(token.text);

interface Run {
  tokens: Token[];
  /** Index of the first run token in the document's token list. */
  index: number;
}

/** Maximal runs of capitalised words, joined across connectors (`Bank of America`). */
function capitalisedRuns(text: string, tokens: Token[]): Run[] {
  const runs: Run[] = [];
  let index = 0;
  while (index < tokens.length) {
    if (!isCapitalised(tokens[index]!)) {
      index++;
      continue;
    }
    const start = index;
    let end = index + 1;
    while (end < tokens.length) {
      const token = tokens[end]!;
      if (isCapitalised(token) && oneSpaceApart(text, tokens[end - 1]!, token)) end++;
      else if (NAME_CONNECTORS.has(token.text) && tokens[end + 1] && isCapitalised(tokens[end + 1]!))
        end += 2;
      else break;
    }
    runs.push({ tokens: tokens.slice(start, end), index: start });
    index = end;
  }
  return runs;
}

/** Two capitalised words belong to one name only when one space (no line break) separates them. */
function oneSpaceApart(text: string, previous: Token, next: Token): boolean {
  return next.start - previous.end === 1 && text[previous.end] === ' ';
}

/**
 * A sentence-opening capital proves nothing: the opener is kept when it is a known place or
 * nationality or when the word is also written capitalised inside a sentence somewhere else.
 */
function trimSentenceOpener(run: Run, starts: Set<number>, midSentenceWords: Set<string>): Run | null {
  const first = run.tokens[0]!;
  if (!starts.has(first.start)) return run;
  const known = knownPlace(first.text) !== null || countryOfDemonym(first.text) !== null;
  if (known || (midSentenceWords.has(first.text) && !isEnglishStopword(first.text.toLowerCase()))) return run;
  let drop = 1;
  while (run.tokens[drop] && NAME_CONNECTORS.has(run.tokens[drop]!.text)) drop++;
  if (drop >= run.tokens.length) return null;
  return { tokens: run.tokens.slice(drop), index: run.index + drop };
}

function spanOf(text: string, tokens: Token[], type: EntityType, canonical?: string): EnglishEntitySpan {
  const start = tokens[0]!.start;
  const end = tokens[tokens.length - 1]!.end;
  const surface = text.slice(start, end);
  return { start, end, text: surface, type, canonical: canonical ?? surface.replace(/\.$/u, '') };
}

function placeOf(tokens: Token[], text: string): string | null {
  const name = text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end);
  return knownPlace(name) ?? countryOfDemonym(name);
}

const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'new']);

/** May stand before the title in `Russian Foreign Minister …`, `North Korean leader …`. */
function fitsTitlePrefix(token: Token, text: string): boolean {
  const word = lower(token);
  return TITLE_MODIFIERS.has(word) || COMPASS_WORDS.has(word) || placeOf([token], text) !== null;
}

/** `Russian Foreign Minister Sergei Lavrov` → place `Russian`, person `Sergei Lavrov`. */
function splitAtTitle(run: Run, text: string): EnglishEntitySpan[] | null {
  const tokens = run.tokens;
  let sawTitle = false;
  let nameStart = 0;
  while (nameStart < tokens.length - 1) {
    const token = tokens[nameStart]!;
    if (PERSON_TITLES.has(lower(token))) sawTitle = true;
    else if (!fitsTitlePrefix(token, text)) break;
    nameStart++;
  }
  const name = tokens.slice(nameStart);
  if (!sawTitle || name.length > 4) return null;
  const spans = [spanOf(text, name, 'PER')];
  const prefixPlace = leadingPlace(tokens.slice(0, nameStart), text);
  if (prefixPlace) spans.unshift(prefixPlace);
  return spans;
}

function leadingPlace(tokens: Token[], text: string): EnglishEntitySpan | null {
  for (let length = Math.min(3, tokens.length); length >= 1; length--) {
    const place = placeOf(tokens.slice(0, length), text);
    if (place) return spanOf(text, tokens.slice(0, length), 'LOC', place);
  }
  return null;
}

function typeByShape(run: Run, text: string): EnglishEntitySpan | null {
  const tokens = run.tokens;
  const first = lower(tokens[0]!);
  const last = lower(tokens[tokens.length - 1]!);
  const headWithOf = tokens.length > 2 && tokens[1]!.text === 'of';
  if (tokens.length > 1 && ORGANISATION_TAILS.has(last)) return spanOf(text, tokens, 'ORG');
  if (headWithOf && ORGANISATION_HEADS.has(first)) return spanOf(text, tokens, 'ORG');
  const place = placeOf(tokens, text);
  if (place) return spanOf(text, tokens, 'LOC', place);
  if (tokens.length > 1 && (PLACE_TAILS.has(last) || PLACE_HEADS.has(first)))
    return spanOf(text, tokens, 'LOC');
  return null;
}

function typeByContext(run: Run, tokens: Token[], text: string): EnglishEntitySpan {
  const previous = tokens[run.index - 1];
  const next = tokens[run.index + run.tokens.length];
  const afterNext = tokens[run.index + run.tokens.length + 1];
  if (run.tokens.length === 1 && isAcronym(run.tokens[0]!)) return spanOf(text, run.tokens, 'ORG');
  if (previous && PLACE_PREPOSITIONS.has(previous.text) && run.tokens.length <= 3) {
    return spanOf(text, run.tokens, 'LOC');
  }
  const roleBefore = previous !== undefined && PERSON_ROLES.has(previous.text);
  const verbAfter = next !== undefined && PERSON_VERBS.has(next.text);
  const ageAfter = next?.text === ',' && afterNext?.kind === 'number' && /^\d{1,2}$/u.test(afterNext.text);
  if (roleBefore || verbAfter || ageAfter) return spanOf(text, run.tokens, 'PER');
  return spanOf(text, run.tokens, 'MISC');
}

function typeRun(run: Run, tokens: Token[], text: string): EnglishEntitySpan[] {
  const byShape = typeByShape(run, text);
  if (byShape) return [byShape];
  const byTitle = splitAtTitle(run, text);
  if (byTitle) return byTitle;
  const single = run.tokens.length === 1 ? lower(run.tokens[0]!) : null;
  if (single !== null && (NOT_NAMES.has(single) || isEnglishStopword(single))) return [];
  if (single !== null && PERSON_TITLES.has(single)) return [];
  return [typeByContext(run, tokens, text)];
}

const PERSON_LIKE: ReadonlySet<EntityType> = new Set(['PER', 'MISC']);

/**
 * A bare surname (`Lavrov`) takes the canonical name of a two- or three-word name seen in the same
 * text (`Sergei Lavrov`); when any mention of that person carries a person cue, all of them are PER.
 */
function linkPartialNames(spans: EnglishEntitySpan[]): void {
  const bySurname = new Map<string, string>();
  for (const span of spans) {
    const parts = span.canonical.split(/\s+/u);
    if (!PERSON_LIKE.has(span.type) || parts.length < 2 || parts.length > 3) continue;
    const surname = parts[parts.length - 1]!.toLowerCase();
    if (!bySurname.has(surname)) bySurname.set(surname, span.canonical);
  }
  for (const span of spans) {
    if (!PERSON_LIKE.has(span.type) || span.canonical.includes(' ')) continue;
    const full = bySurname.get(span.canonical.toLowerCase());
    if (full) span.canonical = full;
  }
  const persons = new Set(spans.filter((span) => span.type === 'PER').map((span) => span.canonical));
  for (const span of spans) if (span.type === 'MISC' && persons.has(span.canonical)) span.type = 'PER';
}

export function recognizeEnglishEntities(text: string): EnglishEntitySpan[] {
  const tokens = tokenizeEnglish(text);
  const starts = sentenceStartsOf(text, tokens);
  const midSentenceWords = new Set(
    tokens.filter((token) => isCapitalised(token) && !starts.has(token.start)).map((token) => token.text),
  );
  const spans: EnglishEntitySpan[] = [];
  for (const found of capitalisedRuns(text, tokens)) {
    const run = trimSentenceOpener(found, starts, midSentenceWords);
    if (run) spans.push(...typeRun(run, tokens, text));
  }
  linkPartialNames(spans);
  return spans.filter((span) => /\p{L}{2}/u.test(span.text));
}
