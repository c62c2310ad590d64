import type { LanguagePack, SentenceSpan, Token } from '../../lang/pack.ts';
import type { Figure } from '../../model/figure.ts';

/** Content words this close to a figure (in content words, within its sentence) describe it. */
const CONTEXT_WORDS = 6;
/** Words on each side kept in the verbatim subject phrase. */
const SUBJECT_WORDS = 3;

export interface FigureContext {
  /** Stems of nearby content words, weighted 1 / (1 + distance): the verb next to the figure counts most. */
  words: Map<string, number>;
  /** A short verbatim phrase of the sentence around the figure. */
  subject: string;
}

function sentenceAround(sentences: SentenceSpan[], figure: Figure): SentenceSpan {
  for (const sentence of sentences) {
    if (sentence.start <= figure.start && figure.start < sentence.end) return sentence;
  }
  return { start: figure.start, end: figure.end };
}

function isContent(pack: LanguagePack, token: Token): boolean {
  return token.kind === 'word' && /\p{L}{2}/u.test(token.text) && !pack.isStopword(token.text.toLowerCase());
}

function addSide(pack: LanguagePack, tokens: Token[], words: Map<string, number>): void {
  let distance = 0;
  for (const token of tokens) {
    if (!isContent(pack, token)) continue;
    distance++;
    if (distance > CONTEXT_WORDS) break;
    const stem = pack.stem(token.text.toLowerCase());
    words.set(stem, Math.max(words.get(stem) ?? 0, 1 / (1 + distance)));
  }
}

/** Up to `SUBJECT_WORDS` words on each side of the figure, stopping at punctuation. */
function subjectPhrase(text: string, before: Token[], after: Token[], figure: Figure): string {
  let start = figure.start;
  let taken = 0;
  for (const token of before) {
    if (token.kind === 'punct' || taken >= SUBJECT_WORDS) break;
    start = token.start;
    taken++;
  }
  let end = figure.end;
  taken = 0;
  for (const token of after) {
    if (token.kind === 'punct' || taken >= SUBJECT_WORDS) break;
    end = token.end;
    taken++;
  }
  return text.slice(start, end).replace(/\s+/gu, ' ').trim();
}

/** What each figure is about: the content words around it in its sentence, and a subject phrase. */
export function figureContexts(
  pack: LanguagePack,
  text: string,
  figures: readonly Figure[],
): FigureContext[] {
  const sentences = figures.length > 0 ? pack.sentences(text) : [];
  return figures.map((figure) => figureContext(pack, text, sentenceAround(sentences, figure), figure));
}

function figureContext(
  pack: LanguagePack,
  text: string,
  sentence: SentenceSpan,
  figure: Figure,
): FigureContext {
  const offset = sentence.start;
  const tokens = pack.tokenize(text.slice(sentence.start, sentence.end)).map((token) => ({
    ...token,
    start: token.start + offset,
    end: token.end + offset,
  }));
  const before = tokens.filter((token) => token.end <= figure.start).reverse();
  const after = tokens.filter((token) => token.start >= figure.end);
  const words = new Map<string, number>();
  addSide(pack, before, words);
  addSide(pack, after, words);
  return { words, subject: subjectPhrase(text, before, after, figure) };
}

/**
 * Weighted overlap of two contexts (0–1): shared weight over the geometric mean of their weights,
 * so that a short context (a crosshead) does not look closer than a full sentence saying more.
 */
export function contextSimilarity(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  for (const [word, weight] of a) {
    const other = b.get(word);
    if (other !== undefined) shared += Math.min(weight, other);
  }
  const total = (map: Map<string, number>) => [...map.values()].reduce((sum, weight) => sum + weight, 0);
  const scale = Math.sqrt(total(a) * total(b));
  return scale === 0 ? 0 : shared / scale;
}
