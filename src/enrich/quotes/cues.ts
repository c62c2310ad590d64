/**
 * Finds who a direct quote is attributed to in its own sentence: a cue after it
 * (`"…," kata Putin`, `"…", menurut KCNA`, `"…," demikian kutipan dari laporan KCNA`) or a
 * frame before it (`Kim menulis: "…"`, `ia menyebut … sebagai "heroik"`).
 */
import {
  DEMIKIAN,
  invertedCueRoot,
  isMenurutNonSource,
  isNegation,
  isPassiveCue,
  isSourceCue,
  isStatementCarrier,
  MENURUT,
  speechVerb,
} from '../../lang/id/reporting-verbs.ts';
import { isSubjectVerbAdverb } from '../../lang/id/speaker-roles.ts';
import type { Layout, Sentence } from './layout.ts';
import type { QuotedSpan } from './quote-marks.ts';
import { pronounPhrase, readPhraseForward, type SpeakerPhrase } from './speaker-phrase.ts';
import { readSubjectBefore } from './subject-phrase.ts';
import { firstWordAtOrAfter } from './words.ts';

export interface Attribution {
  phrase: SpeakerPhrase | null;
  /** The cue word as written: `kata`, `tambahnya`, `menurut`, `demikian`. */
  cue?: string;
  /** How the speaker was found: `verb:kata`, `menurut`, `pronoun`, `frame`, `continuation`. */
  evidence: string;
}

function withPhrase(phrase: SpeakerPhrase | null, cue: string, evidence: string): Attribution {
  return { phrase, cue, evidence: phrase?.kind === 'pronoun' ? 'pronoun' : evidence };
}

/** The source named after `words[i]`, past carrier nouns: `laporan KCNA`, `dari situs resmi Kremlin`. */
export function readSourcePhrase(layout: Layout, i: number, limit: number): SpeakerPhrase | null {
  const { text, words } = layout;
  let at = i;
  while (
    at < limit &&
    (isStatementCarrier(words[at]?.text ?? '') || ['dari', 'oleh', 'yang'].includes(words[at]?.lower ?? ''))
  )
    at++;
  return readPhraseForward(text, words, at, limit) ?? readPhraseForward(text, words, i, limit);
}

function menurutAttribution(layout: Layout, at: number, limit: number): Attribution | null {
  const word = layout.words[at];
  if (!word) return null;
  if (word.lower === `${MENURUT}nya`)
    return withPhrase(pronounPhrase(word, 'singular', true), word.text, 'menurut');
  if (word.lower !== MENURUT || isMenurutNonSource(layout.words[at + 1]?.text ?? '')) return null;
  const phrase = readSourcePhrase(layout, at + 1, limit);
  return phrase ? withPhrase(phrase, word.text, 'menurut') : null;
}

function demikianAttribution(layout: Layout, at: number, limit: number): Attribution | null {
  const word = layout.words[at];
  if (word?.lower !== DEMIKIAN) return null;
  let next = at + 1;
  // `demikian kata Budi`, `demikian disampaikan oleh Budi`, `demikian bunyi pernyataan KCNA`
  const following = layout.words[next]?.text ?? '';
  if (invertedCueRoot(following) || isPassiveCue(following) || isSourceCue(following)) next++;
  const phrase = readSourcePhrase(layout, next, limit);
  return phrase ? withPhrase(phrase, word.text, 'frame') : null;
}

/** `"…," Putin menambahkan.` — a subject then a speech verb right after the quote. */
function subjectVerbAfter(layout: Layout, at: number, limit: number): Attribution | null {
  const phrase = readPhraseForward(layout.text, layout.words, at, limit);
  if (!phrase) return null;
  let verb = firstWordAtOrAfter(layout.words, phrase.end);
  while (verb < limit && isSubjectVerbAdverb(layout.words[verb]?.text ?? '')) verb++;
  const word = layout.words[verb];
  if (!word || verb >= limit || !speechVerb(word.lower)) return null;
  return withPhrase(phrase, word.text, `verb:${word.lower}`);
}

/** The attribution written right after the closing mark of `quote`, within `sentence`. */
export function trailingCue(layout: Layout, quote: QuotedSpan, sentence: Sentence): Attribution | null {
  const { words, text } = layout;
  const limit = sentence.endWord;
  let at = firstWordAtOrAfter(words, quote.outerEnd);
  while (at < limit && [',', '–', '—', '-'].includes(words[at]?.text ?? '')) at++;
  const word = words[at];
  if (!word || at >= limit || !quote.closed) return null;
  const root = invertedCueRoot(word.text);
  if (root?.clitic) return withPhrase(pronounPhrase(word, 'singular', true), word.text, 'pronoun');
  if (root) return withPhrase(readPhraseForward(text, words, at + 1, limit), word.text, `verb:${root.root}`);
  if (isPassiveCue(word.text)) {
    const from = words[at + 1]?.lower === 'oleh' ? at + 2 : at + 1;
    return withPhrase(readPhraseForward(text, words, from, limit), word.text, `verb:${word.lower}`);
  }
  const shifted = ['seperti', 'sebagaimana'].includes(word.lower) ? at + 1 : at;
  const source = words[shifted];
  if (source && isSourceCue(source.text)) {
    const phrase = readSourcePhrase(layout, shifted + 1, limit);
    return phrase ? withPhrase(phrase, source.text, 'frame') : null;
  }
  return (
    menurutAttribution(layout, at, limit) ??
    demikianAttribution(layout, at, limit) ??
    subjectVerbAfter(layout, at, limit)
  );
}

/** `kata Budi: "…"` — an inverted cue whose phrase ends right before the quote. */
function invertedCueBefore(layout: Layout, at: number, quoteWord: number): Attribution | null {
  const word = layout.words[at];
  const root = word ? invertedCueRoot(word.text) : null;
  if (!word || !root) return null;
  if (root.clitic)
    return at + 1 === quoteWord || [',', ':'].includes(layout.words[at + 1]?.text ?? '')
      ? withPhrase(pronounPhrase(word, 'singular', true), word.text, 'pronoun')
      : null;
  const phrase = readPhraseForward(layout.text, layout.words, at + 1, quoteWord);
  const after = phrase ? firstWordAtOrAfter(layout.words, phrase.end) : -1;
  const adjacent =
    after === quoteWord || (after + 1 === quoteWord && [',', ':'].includes(layout.words[after]?.text ?? ''));
  return phrase && adjacent ? withPhrase(phrase, word.text, `verb:${root.root}`) : null;
}

/** A speech verb (with its subject) or `menurut X` earlier in the sentence, nearest first. */
export function frameBefore(layout: Layout, quote: QuotedSpan, sentence: Sentence): Attribution | null {
  const { words, quoted, text } = layout;
  const quoteWord = firstWordAtOrAfter(words, quote.open);
  let subjectless: Attribution | null = null;
  for (let at = quoteWord - 1; at >= sentence.firstWord; at--) {
    const word = words[at];
    if (!word || quoted[at]) continue;
    const verb = speechVerb(word.lower);
    if (verb?.partial && !isNegation(words[at - 1]?.text ?? '')) {
      const subject = readSubjectBefore(text, words, at, sentence.firstWord);
      if (subject && !quoted[firstWordAtOrAfter(words, subject.start)])
        return withPhrase(subject, word.text, `verb:${word.lower}`);
      subjectless ??= { phrase: null, cue: word.text, evidence: `verb:${word.lower}` };
      continue;
    }
    const found = menurutAttribution(layout, at, quoteWord) ?? invertedCueBefore(layout, at, quoteWord);
    if (found) return found;
  }
  return subjectless;
}

/** `… "dukungan penuh" …, menurut KCNA.` — a `menurut` later in the sentence. */
export function menurutAfter(layout: Layout, quote: QuotedSpan, sentence: Sentence): Attribution | null {
  for (let at = firstWordAtOrAfter(layout.words, quote.outerEnd); at < sentence.endWord; at++) {
    if (layout.quoted[at]) continue;
    const found = menurutAttribution(layout, at, sentence.endWord);
    if (found) return found;
  }
  return null;
}

/** True when nothing but punctuation of `sentence` lies outside `quote`. */
export function isStandalone(layout: Layout, quote: QuotedSpan, sentence: Sentence): boolean {
  for (let at = sentence.firstWord; at < sentence.endWord; at++) {
    const word = layout.words[at];
    if (word?.isWord && (word.start < quote.open || word.start >= quote.outerEnd)) return false;
  }
  return true;
}
