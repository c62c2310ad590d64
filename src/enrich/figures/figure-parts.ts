import { monthNumber, weekdayNumber } from '../../lang/id/calendar.ts';
import {
  COMPARATIVE_AFTER_LEBIH,
  MONEY_SCALE_ABBREVIATIONS,
  QUALIFIERS_BEFORE,
} from '../../lang/id/numbers.ts';
import {
  ATTACHED_UNITS,
  COMPOUND_COUNT_NOUNS,
  COUNTING_CLASSIFIERS,
  CURRENCY_PREFIXES,
  CURRENCY_WORDS,
  DURATION_UNITS,
  KIND_CLASSIFIERS,
  looksLikeVerb,
  MEASURE_UNITS,
  NOT_COUNTED_WORDS,
  PERCENT_WORDS,
} from '../../lang/id/units.ts';
import type { FigureKind, FigureQualifier } from '../../model/figure.ts';
import { phraseAfterMatcher, phraseBeforeMatcher, type WordSpan, wordAfter } from './text-scan.ts';

export interface QualifierPart {
  qualifier: FigureQualifier;
  start: number;
  phrase: string;
}

const QUALIFIER_BEFORE = phraseBeforeMatcher(Object.keys(QUALIFIERS_BEFORE));

/** The qualifier phrase ("sekitar", "lebih dari") ending right before `at`, or null. */
export function readQualifierBefore(text: string, at: number): QualifierPart | null {
  const match = QUALIFIER_BEFORE(text, at);
  if (!match) return null;
  const qualifier = QUALIFIERS_BEFORE[match.word.toLowerCase().replace(/\s+/g, ' ')];
  return qualifier ? { qualifier, start: match.start, phrase: match.word.toLowerCase() } : null;
}

/** The currency mark ("Rp", "US$") right before `at` (glued or spaced), or null. */
export function readCurrencyBefore(text: string, at: number): { currency: string; start: number } | null {
  let end = at;
  while (end > 0 && isSpaceOrTab(text.charCodeAt(end - 1))) end--;
  const window = text.slice(Math.max(0, end - 4), end).toLowerCase();
  for (let length = Math.min(4, window.length); length >= 1; length--) {
    const mark = window.slice(window.length - length);
    const currency = CURRENCY_PREFIXES[mark];
    const start = end - length;
    if (currency && !isLetterOrDigit(text, start - 1)) return { currency, start };
  }
  return null;
}

/** Space, tab or no-break space. */
function isSpaceOrTab(code: number): boolean {
  return code === 32 || code === 9 || code === 160;
}

/** Asked before every number: ASCII by code, the rest by the regex. */
function isLetterOrDigit(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (Number.isNaN(code)) return false;
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return /[\p{L}\d]/u.test(text[at]!);
}

export interface UnitPart {
  unit: string | null;
  kind: FigureKind;
  end: number;
  /** Multiplier for money abbreviations ("Rp 2 M"). */
  scale?: number;
  /** Set when "lebih" follows ("100 orang lebih"). */
  moreThan?: boolean;
}

const PERCENT = phraseAfterMatcher(PERCENT_WORDS);
const CURRENCY_AFTER = phraseAfterMatcher(Object.keys(CURRENCY_WORDS));
const MEASURE = phraseAfterMatcher(MEASURE_UNITS);
const DURATION = phraseAfterMatcher(Object.keys(DURATION_UNITS));
const PER = phraseAfterMatcher(['per', '/']);
const LEBIH = phraseAfterMatcher(['lebih']);

/** What follows the number: percent, currency, measure, duration, or the counted noun. */
export function readUnitAfter(text: string, at: number, currency: string | null): UnitPart {
  const glued = readGluedUnit(text, at);
  if (glued) return glued.kind === 'measure' ? withPer(text, glued) : glued;
  if (/\p{L}/u.test(text[at] ?? '')) return { unit: null, kind: 'count', end: at };
  const lebih = readPostposedLebih(text, at);
  const from = lebih ?? at;
  const unit = currency ? readMoneyTail(text, from, currency) : readUnitWord(text, from);
  const trailingLebih = readPostposedLebih(text, unit.end);
  if (trailingLebih !== null && unit.unit !== null) return { ...unit, end: trailingLebih, moreThan: true };
  return lebih !== null ? { ...unit, moreThan: true } : unit;
}

function readGluedUnit(text: string, at: number): UnitPart | null {
  if (text[at] === '%') return { unit: 'persen', kind: 'percent', end: at + 1 };
  const letters = /^\p{L}+/u.exec(text.slice(at, at + 6))?.[0];
  if (!letters || !ATTACHED_UNITS.has(letters.toLowerCase())) return null;
  return { unit: letters.toLowerCase(), kind: 'measure', end: at + letters.length };
}

function readPostposedLebih(text: string, at: number): number | null {
  const lebih = LEBIH(text, at);
  if (!lebih) return null;
  const next = wordAfter(text, lebih.end);
  if (next && COMPARATIVE_AFTER_LEBIH.has(next.word.toLowerCase())) return null;
  return lebih.end;
}

function readMoneyTail(text: string, at: number, currency: string): UnitPart {
  const abbreviation = wordAfter(text, at);
  const scale = abbreviation ? MONEY_SCALE_ABBREVIATIONS[abbreviation.word] : undefined;
  const end = scale !== undefined && abbreviation ? abbreviation.end : at;
  return withPer(text, { unit: currency, kind: 'money', end, ...(scale ? { scale } : {}) });
}

function readUnitWord(text: string, at: number): UnitPart {
  const percent = PERCENT(text, at);
  if (percent) return { unit: 'persen', kind: 'percent', end: percent.end };
  const currency = CURRENCY_AFTER(text, at);
  if (currency) {
    const code = CURRENCY_WORDS[currency.word.toLowerCase().replace(/\s+/g, ' ')] ?? null;
    return withPer(text, { unit: code, kind: 'money', end: currency.end });
  }
  const duration = DURATION(text, at);
  if (duration && !/^\p{Lu}/u.test(duration.word)) {
    return { unit: duration.word.toLowerCase(), kind: 'duration', end: duration.end };
  }
  const measure = MEASURE(text, at);
  if (measure) return withPer(text, { unit: measure.word.toLowerCase(), kind: 'measure', end: measure.end });
  return readCountedNoun(text, at);
}

/** "74 dolar AS per barel": the rate's noun joins the unit. */
function withPer(text: string, part: UnitPart): UnitPart {
  const per = PER(text, part.end);
  if (!per || part.unit === null) return part;
  const noun = wordAfter(text, per.end);
  if (!noun || !/^\p{L}+$/u.test(noun.word) || !isCountableWord(noun)) return part;
  return { ...part, unit: `${part.unit} per ${normaliseNoun(noun.word)}`, end: noun.end };
}

const COMPOUND = phraseAfterMatcher(COMPOUND_COUNT_NOUNS);

function readCountedNoun(text: string, at: number): UnitPart {
  const compound = COMPOUND(text, at);
  if (compound)
    return { unit: compound.word.toLowerCase().replace(/\s+/g, ' '), kind: 'count', end: compound.end };
  const first = wordAfter(text, at);
  if (!first || !isCountableWord(first)) return { unit: null, kind: 'count', end: at };
  const lower = first.word.toLowerCase();
  if (COUNTING_CLASSIFIERS.has(lower) || KIND_CLASSIFIERS.has(lower)) {
    const noun = wordAfter(text, first.end);
    if (noun && isCountableWord(noun) && !COUNTING_CLASSIFIERS.has(noun.word.toLowerCase())) {
      const unit = KIND_CLASSIFIERS.has(lower)
        ? `${lower} ${normaliseNoun(noun.word)}`
        : normaliseNoun(noun.word);
      return { unit, kind: 'count', end: noun.end };
    }
  }
  return { unit: normaliseNoun(first.word), kind: 'count', end: first.end };
}

/** A word that can be what a number counts: not a function word, verb, name of a month or day. */
export function isCountableWord(span: WordSpan): boolean {
  const lower = span.word.toLowerCase();
  if (!/^\p{L}/u.test(lower) || NOT_COUNTED_WORDS.has(lower) || looksLikeVerb(lower)) return false;
  return monthNumber(lower) === null && weekdayNumber(lower) === null;
}

/** Lower-case ordinary words; keep acronyms ("WNI", "TKI") as written. */
function normaliseNoun(word: string): string {
  return /^\p{Lu}[\p{Lu}\d]+$/u.test(word) ? word : word.toLowerCase();
}
