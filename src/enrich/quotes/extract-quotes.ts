/**
 * Quotes and their speakers. The text is read paragraph by paragraph and sentence by sentence;
 * for each direct quote the attribution is tried in this order:
 *  1. a cue right after it (`"…," kata Putin`, `tambahnya`, `menurut KCNA`, `demikian … KCNA`);
 *  2. a frame before it in its sentence (`Kim menulis: "…"`, `ia menyebut … sebagai "heroik"`);
 *  3. `menurut X` later in its sentence;
 *  4. a previous paragraph ending in `X mengatakan:`;
 *  5. continuation: a quote that is a whole sentence goes to the speaker of the quote just
 *     before (same or previous paragraph); a phrase quoted inside a sentence goes to the
 *     speaker of the previous sentence. A quoted phrase with neither is a scare quote and dropped;
 *  6. a quote left open at a paragraph's end takes the speaker of the quote that continues it.
 * Reported speech (`X mengatakan bahwa …`, `Menurut X, …`) is added with `direct: false`.
 */
import type { EntityMention } from '../../model/entity.ts';
import type { Quote } from '../../model/quote.ts';
import { type Attribution, frameBefore, isStandalone, menurutAfter, trailingCue } from './cues.ts';
import { type Discourse, rememberSpeaker } from './discourse.ts';
import { type Layout, type Paragraph, readLayout, sentenceAt } from './layout.ts';
import { collectMentions } from './mentions.ts';
import type { QuotedSpan } from './quote-marks.ts';
import { findReportedSpeech } from './reported-speech.ts';
import { asCandidate, type ResolvedSpeaker, resolveSpeaker } from './speaker.ts';

export type { ResolvedSpeaker } from './speaker.ts';

/** A quote with what the extractor knows beyond the export: the speaker's role and where it is named. */
export interface FoundQuote {
  quote: Quote;
  speaker: ResolvedSpeaker | null;
  paragraph: number;
  sentence: number;
  /** Offset of the opening mark (of the reported clause for indirect speech). */
  open: number;
  closed: boolean;
}

interface Reading {
  layout: Layout;
  entities: readonly EntityMention[];
  discourse: Discourse;
  found: FoundQuote[];
}

function toQuote(
  text: string,
  start: number,
  end: number,
  direct: boolean,
  speaker: ResolvedSpeaker | null,
  cue?: string,
): Quote {
  const quote: Quote = {
    text: text.slice(start, end),
    direct,
    speaker: speaker ? { entity: speaker.entity, name: speaker.name, evidence: speaker.evidence } : null,
    start,
    end,
  };
  if (cue) quote.cue = cue;
  return quote;
}

/** `… Budi mengatakan:` closing the previous paragraph introduces a quote opening this one. */
function colonFrame(layout: Layout, paragraph: Paragraph, quote: QuotedSpan): Attribution | null {
  const previous = layout.paragraphs[paragraph.index - 1];
  const last = previous?.sentences.at(-1);
  if (
    !previous ||
    !last ||
    quote.open !== paragraph.start ||
    !layout.text.slice(previous.start, previous.end).endsWith(':')
  )
    return null;
  return frameBefore(layout, { ...quote, open: paragraph.start }, last);
}

function continuation(
  reading: Reading,
  paragraph: number,
  sentence: number,
  standalone: boolean,
): ResolvedSpeaker | null {
  const last = reading.found.at(-1);
  if (!last?.speaker) return null;
  const near = standalone
    ? last.paragraph >= paragraph - 1
    : last.paragraph === paragraph && last.sentence >= sentence - 1;
  return near ? { ...last.speaker, evidence: 'continuation' } : null;
}

function record(reading: Reading, found: FoundQuote, at: number): void {
  reading.found.push(found);
  if (found.speaker) rememberSpeaker(reading.discourse, asCandidate(found.speaker, at));
}

function readDirectQuote(
  reading: Reading,
  paragraph: Paragraph,
  sentenceIndex: number,
  quote: QuotedSpan,
): void {
  const { layout } = reading;
  const sentence = paragraph.sentences[sentenceIndex];
  if (!sentence) return;
  const attribution =
    trailingCue(layout, quote, sentence) ??
    frameBefore(layout, quote, sentence) ??
    menurutAfter(layout, quote, sentence) ??
    colonFrame(layout, paragraph, quote);
  let speaker: ResolvedSpeaker | null = null;
  if (attribution) {
    speaker = resolveSpeaker(attribution, reading.discourse, reading.entities);
  } else {
    const standalone = isStandalone(layout, quote, sentence);
    speaker = continuation(reading, paragraph.index, sentenceIndex, standalone);
    if (!speaker && !standalone) return;
  }
  const found: FoundQuote = {
    quote: toQuote(layout.text, quote.start, quote.end, true, speaker, attribution?.cue),
    speaker,
    paragraph: paragraph.index,
    sentence: sentenceIndex,
    open: quote.open,
    closed: quote.closed,
  };
  record(reading, found, attribution?.phrase?.start ?? quote.open);
}

function readReportedSpeech(reading: Reading, paragraph: Paragraph, sentenceIndex: number): void {
  const sentence = paragraph.sentences[sentenceIndex];
  const reported = sentence ? findReportedSpeech(reading.layout, paragraph, sentence) : null;
  if (!reported) return;
  const speaker = resolveSpeaker(reported.attribution, reading.discourse, reading.entities);
  if (!speaker) return;
  const quote = toQuote(
    reading.layout.text,
    reported.start,
    reported.end,
    false,
    speaker,
    reported.attribution.cue,
  );
  const found: FoundQuote = {
    quote,
    speaker,
    paragraph: paragraph.index,
    sentence: sentenceIndex,
    open: reported.start,
    closed: true,
  };
  record(reading, found, reported.attribution.phrase?.start ?? reported.start);
}

/** A quote left open at a paragraph's end continues in the next one: it takes that quote's speaker. */
function attributeUnclosed(found: FoundQuote[], layout: Layout): void {
  for (let i = found.length - 2; i >= 0; i--) {
    const item = found[i];
    if (
      !item ||
      item.closed ||
      !item.quote.direct ||
      (item.speaker && item.speaker.evidence !== 'continuation')
    )
      continue;
    const next = found.slice(i + 1).find((other) => other.quote.direct);
    const nextParagraph = layout.paragraphs[item.paragraph + 1];
    if (!next?.speaker || next.paragraph !== item.paragraph + 1 || next.open !== nextParagraph?.start)
      continue;
    item.speaker = { ...next.speaker, evidence: 'continuation' };
    const { entity, name } = next.speaker;
    item.quote.speaker = { entity, name, evidence: 'continuation' };
  }
}

/** Every quote of `text` with the extractor's detail; see `extractQuotes`. */
export function findQuotes(text: string, entities: readonly EntityMention[]): FoundQuote[] {
  const layout = readLayout(text);
  const reading: Reading = {
    layout,
    entities,
    discourse: { mentions: collectMentions(layout, entities), speakers: [] },
    found: [],
  };
  for (const paragraph of layout.paragraphs) {
    paragraph.sentences.forEach((sentence, sentenceIndex) => {
      for (const quote of paragraph.quotes) {
        if (sentenceAt(paragraph, quote.open) === sentence)
          readDirectQuote(reading, paragraph, sentenceIndex, quote);
      }
      readReportedSpeech(reading, paragraph, sentenceIndex);
    });
  }
  attributeUnclosed(reading.found, layout);
  return reading.found.sort((a, b) => a.quote.start - b.quote.start || a.quote.end - b.quote.end);
}

/**
 * Direct quotes (every quotation style, partial quotes inside reported speech, quotes running
 * over several paragraphs) and reported speech of `text`, each with its speaker when one can
 * be found. Speakers link to `entities` by span, then by name; with no entities the speaker's
 * surface name is given and `entity` is null. Scare quotes are left out.
 */
export function extractQuotes(text: string, entities: EntityMention[]): Quote[] {
  return findQuotes(text, entities).map((found) => found.quote);
}
