/**
 * Quote extraction and attribution on PFSA-ID (Kompas news, BILOU token labels).
 * EVALUATION ONLY: the corpus is CC BY-NC-SA; nothing here is trained or tuned on it.
 *
 *   node --import tsx bench/quotes-pfsa.ts [--file pfsa-id_dev-40.txt]
 *
 * Text: each article's tokens joined with single spaces (the corpus keeps no paragraphs).
 * Articles: a new one starts at a `CITY , KOMPAS —` dateline, or at an ISSUE label when the
 * current article already has one. `extractQuotes` gets `entities: []` (no entity model,
 * no gold names): speakers are surface names. Only direct quotes are scored (PFSA's STATEMENT
 * label marks direct quotes; reported speech is not annotated).
 *
 * Statement spans are compared after trimming quotation marks and punctuation tokens from both
 * ends (the gold spans include the marks and the comma before the closing one):
 *  - exact: a predicted quote matches a gold STATEMENT when the trimmed token ranges are equal;
 *  - token overlap: token-level F1, a content token is positive when it lies inside a statement.
 * Speaker accuracy: of the exactly matched statements, the share whose predicted speaker name
 * shares a word with the gold speaker; a second figure also lets the predicted role match, for
 * role-only gold mentions (`kata Presiden`, which we resolve to the president's name). The corpus has no explicit links: the gold speaker is the
 * PERSON/PERSONCOREF right after the statement's CUE (`kata Presiden`); for a CUECOREF
 * (`katanya`) or a pronoun/role-only PERSONCOREF, the nearest PERSON before the statement is
 * accepted as well.
 */
import { readFileSync } from 'node:fs';
import { findQuotes } from '../src/enrich/quotes/index.ts';
import { sharedPath } from '../test/support/shared.ts';

interface Token {
  text: string;
  label: string;
  start: number;
  end: number;
}

interface Article {
  text: string;
  tokens: Token[];
}

interface Range {
  first: number;
  last: number;
}

const CONTENT = /[\p{L}\p{N}]/u;

function readSentences(path: string): Array<Array<{ text: string; label: string }>> {
  const sentences: Array<Array<{ text: string; label: string }>> = [[]];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') {
      if ((sentences.at(-1)?.length ?? 0) > 0) sentences.push([]);
      continue;
    }
    const [text = '', label = 'O'] = line.split('\t');
    sentences.at(-1)?.push({ text, label: label.trim() });
  }
  return sentences.filter((sentence) => sentence.length > 0);
}

function opensArticle(sentence: Array<{ text: string; label: string }>, hasIssue: boolean): boolean {
  const head = sentence
    .slice(0, 8)
    .map((t) => t.text)
    .join(' ');
  if (/^[\p{Lu} .]+ , KOMPAS(?:\.com)? [—–-]/u.test(head)) return true;
  return hasIssue && sentence.some((t) => /^[BU]-ISSUE$/.test(t.label));
}

function readArticles(path: string): Article[] {
  const articles: Article[] = [];
  let current: Array<{ text: string; label: string }> = [];
  let hasIssue = false;
  const flush = (): void => {
    if (current.length === 0) return;
    const tokens: Token[] = [];
    let offset = 0;
    for (const token of current) {
      tokens.push({ ...token, start: offset, end: offset + token.text.length });
      offset += token.text.length + 1;
    }
    articles.push({ text: current.map((t) => t.text).join(' '), tokens });
  };
  for (const sentence of readSentences(path)) {
    if (current.length > 0 && opensArticle(sentence, hasIssue)) {
      flush();
      current = [];
      hasIssue = false;
    }
    current.push(...sentence);
    hasIssue ||= sentence.some((t) => t.label.endsWith('-ISSUE'));
  }
  flush();
  return articles;
}

/** Spans of one BILOU type, as token ranges. */
function spansOf(tokens: readonly Token[], type: string): Range[] {
  const spans: Range[] = [];
  let open: number | null = null;
  tokens.forEach((token, i) => {
    const [tag, kind] = [token.label.slice(0, 1), token.label.slice(2)];
    if (kind !== type) return;
    if (tag === 'U') spans.push({ first: i, last: i });
    if (tag === 'B') open = i;
    if (tag === 'L' && open !== null) {
      spans.push({ first: open, last: i });
      open = null;
    }
  });
  return spans;
}

function trim(tokens: readonly Token[], range: Range): Range | null {
  let { first, last } = range;
  while (first <= last && !CONTENT.test(tokens[first]?.text ?? '')) first++;
  while (last >= first && !CONTENT.test(tokens[last]?.text ?? '')) last--;
  return first <= last ? { first, last } : null;
}

function tokenRange(tokens: readonly Token[], start: number, end: number): Range | null {
  const inside = tokens.flatMap((token, i) => (token.end > start && token.start < end ? [i] : []));
  const first = inside[0];
  const last = inside.at(-1);
  return first === undefined || last === undefined ? null : { first, last };
}

function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1),
  );
}

function textOf(tokens: readonly Token[], range: Range): string {
  return tokens
    .slice(range.first, range.last + 1)
    .map((t) => t.text)
    .join(' ');
}

/** A PERSON's text; a PERSONCOREF also stands for the last PERSON before it sharing a word (else the last PERSON). */
function goldNames(tokens: readonly Token[], mention: Range, persons: readonly Range[]): string[] {
  const text = textOf(tokens, mention);
  if (persons.some((span) => span.first === mention.first)) return [text];
  const earlier = persons.filter((span) => span.last < mention.first);
  const own = words(text);
  const sharing = earlier.filter((span) => [...words(textOf(tokens, span))].some((w) => own.has(w))).at(-1);
  const fallback = sharing ?? earlier.at(-1);
  return fallback ? [text, textOf(tokens, fallback)] : [text];
}

/** Names the gold data accepts as the speaker of `statement` (untrimmed range; see the header). */
function goldSpeakers(
  tokens: readonly Token[],
  statement: Range,
  persons: readonly Range[],
  corefs: readonly Range[],
): string[] {
  const mentions = [...persons, ...corefs];
  let coref = false;
  for (let i = statement.last + 1; i < Math.min(tokens.length, statement.last + 14); i++) {
    const label = tokens[i]?.label ?? 'O';
    if (label.endsWith('STATEMENT')) break;
    if (label.endsWith('-CUECOREF')) coref = true;
    const linked = mentions.find((span) => span.first === i);
    if (linked) return goldNames(tokens, linked, persons);
    if (coref || tokens[i]?.text === '.') break;
  }
  const before = mentions
    .filter((span) => span.last < statement.first)
    .sort((a, b) => a.last - b.last)
    .at(-1);
  return before ? goldNames(tokens, before, persons) : [];
}

interface Tally {
  gold: number;
  predicted: number;
  exact: number;
  goldTokens: number;
  predictedTokens: number;
  sharedTokens: number;
  attributed: number;
  speakerRight: number;
  speakerOrRoleRight: number;
}

function contentTokens(tokens: readonly Token[], ranges: readonly Range[]): Set<number> {
  const set = new Set<number>();
  for (const range of ranges)
    for (let i = range.first; i <= range.last; i++) if (CONTENT.test(tokens[i]?.text ?? '')) set.add(i);
  return set;
}

function scoreArticle(article: Article, tally: Tally): void {
  const { tokens } = article;
  const raw = spansOf(tokens, 'STATEMENT');
  const gold = raw.flatMap((range) => {
    const trimmed = trim(tokens, range);
    return trimmed ? [{ ...trimmed, raw: range }] : [];
  });
  const persons = spansOf(tokens, 'PERSON');
  const corefs = spansOf(tokens, 'PERSONCOREF');
  const predicted = findQuotes(article.text, [])
    .filter((found) => found.quote.direct)
    .flatMap((found) => {
      const range = tokenRange(tokens, found.quote.start, found.quote.end);
      const trimmed = range ? trim(tokens, range) : null;
      const speaker = found.speaker ? { name: found.speaker.name, role: found.speaker.role ?? '' } : null;
      return trimmed ? [{ range: trimmed, speaker }] : [];
    });
  tally.gold += gold.length;
  tally.predicted += predicted.length;
  for (const statement of gold) {
    const match = predicted.find((p) => p.range.first === statement.first && p.range.last === statement.last);
    if (!match) continue;
    tally.exact++;
    tally.attributed += match.speaker ? 1 : 0;
    const accepted = goldSpeakers(tokens, statement.raw, persons, corefs).map(words);
    const agrees = (said: Set<string>): boolean =>
      accepted.some((names) => [...said].some((w) => names.has(w)));
    if (agrees(words(match.speaker?.name ?? ''))) tally.speakerRight++;
    if (agrees(words(`${match.speaker?.name ?? ''} ${match.speaker?.role ?? ''}`)))
      tally.speakerOrRoleRight++;
  }
  const goldSet = contentTokens(tokens, gold);
  const predictedSet = contentTokens(
    tokens,
    predicted.map((p) => p.range),
  );
  tally.goldTokens += goldSet.size;
  tally.predictedTokens += predictedSet.size;
  for (const i of predictedSet) if (goldSet.has(i)) tally.sharedTokens++;
}

function f1(right: number, predicted: number, gold: number): { p: number; r: number; f: number } {
  const p = predicted ? right / predicted : 0;
  const r = gold ? right / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

const pct = (x: number): string => (100 * x).toFixed(2);

function evaluate(file: string): { file: string; articles: number; tally: Tally; ms: number } {
  const articles = readArticles(sharedPath('data', 'quotes', 'pfsa-id', file));
  const tally: Tally = {
    gold: 0,
    predicted: 0,
    exact: 0,
    goldTokens: 0,
    predictedTokens: 0,
    sharedTokens: 0,
    attributed: 0,
    speakerRight: 0,
    speakerOrRoleRight: 0,
  };
  const started = performance.now();
  for (const article of articles) scoreArticle(article, tally);
  return { file, articles: articles.length, tally, ms: performance.now() - started };
}

function main(): void {
  const at = process.argv.indexOf('--file');
  const files =
    at > 0 && process.argv[at + 1]
      ? [process.argv[at + 1] as string]
      : ['pfsa-id_dev-40.txt', 'pfsa-id-med_dev-dl-20-v2.txt'];
  console.log(
    '| PFSA-ID file | articles | gold statements | predicted direct quotes | exact P / R / F1 | token P / R / F1 | speaker accuracy: name | name or role | ms |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const file of files) {
    const { articles, tally, ms } = evaluate(file);
    const exact = f1(tally.exact, tally.predicted, tally.gold);
    const token = f1(tally.sharedTokens, tally.predictedTokens, tally.goldTokens);
    const share = (right: number): string =>
      `${pct(tally.exact ? right / tally.exact : 0)} (${right}/${tally.exact})`;
    console.log(
      `| ${file} | ${articles} | ${tally.gold} | ${tally.predicted} | ${pct(exact.p)} / ${pct(exact.r)} / **${pct(exact.f)}** | ${pct(token.p)} / ${pct(token.r)} / **${pct(token.f)}** | **${share(tally.speakerRight)}** | ${share(tally.speakerOrRoleRight)} | ${ms.toFixed(0)} |`,
    );
  }
  console.log('| published PFSA-ID: BERT tagger, direct quotes (STATEMENT) | | | | F1 92.28 | | | | |');
  console.log(
    '| published PFSA-ID: corpus baseline, all labels (Purnomo W.P. et al. 2022) | | | | F1 82.03 | | | | |',
  );
  console.log(
    '\nPublished figures come from sequence taggers trained on the PFSA-ID training split and scored on its test split;',
  );
  console.log(
    'ours is a rule-based extractor, not trained on PFSA-ID, scored on the dev files (the test file is not staged). PFSA-ID',
  );
  console.log(
    'annotates statements of public figures only, so quotes of ordinary people count against our precision.',
  );
}

main();
