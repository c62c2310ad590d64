/**
 * Figures and time expressions against the hand annotations of 100 IndoSum sentences
 * (test/annotations/figures-times/). Detection counts span overlap; "exact" also needs value,
 * qualifier and unit (figures) or the ISO value (times). chrono-node's Indonesian parser runs on
 * the same sentences as a baseline for times.
 *
 *   node --import tsx bench/figures-times.ts [--verbose]
 */
import * as chrono from 'chrono-node';
import { extractFigures } from '../src/enrich/figures/extract-figures.ts';
import { extractTimes } from '../src/enrich/times/extract-times.ts';
import { isoDate } from '../src/lang/id/calendar.ts';
import type { Figure } from '../src/model/figure.ts';
import type { TimeExpression } from '../src/model/time.ts';
import {
  type AnnotatedSentence,
  type GoldFigure,
  type GoldTime,
  locate,
  readAnnotations,
} from '../test/annotations/figures-times/annotations.ts';
import {
  type IndosumArticle,
  publishedFromId,
  readIndosum,
  sentenceText,
} from '../test/annotations/figures-times/indosum.ts';
import {
  addCounts,
  type Counts,
  matchByOverlap,
  sameNumber,
  sameUnit,
  scores,
} from '../test/annotations/figures-times/score.ts';

/** IndoTimex (TIMEX3 on Indonesian news): best reported normalisation F1, the anchor to compare with. */
const INDOTIMEX_NORMALISATION_F1 = 85.26;

const verbose = process.argv.includes('--verbose');
const EMPTY: Counts = { predicted: 0, gold: 0, correct: 0 };

interface Located<T> {
  item: T;
  start: number;
  end: number;
}

interface Tally {
  figureSpans: Counts;
  figureExact: Counts;
  timeSpans: Counts;
  timeValues: Counts;
  chronoSpans: Counts;
  chronoValues: Counts;
  fieldHits: { value: number; qualifier: number; unit: number; matched: number };
}

function locateAll<T extends { text: string; occurrence?: number }>(
  sentence: string,
  items: T[],
): Located<T>[] {
  return items.flatMap((item) => {
    const span = locate(sentence, item);
    if (!span) throw new Error(`annotation "${item.text}" not found in: ${sentence}`);
    return [{ item, ...span }];
  });
}

function figureIsExact(gold: GoldFigure, figure: Figure): boolean {
  return (
    sameNumber(gold.value, figure.value) &&
    sameNumber(gold.valueMax, figure.valueMax) &&
    gold.qualifier === figure.qualifier &&
    sameUnit(gold.unit, figure.unit)
  );
}

/** chrono's result as ISO at the finest component it is sure of. */
function chronoValue(result: chrono.ParsedResult): string {
  const c = result.start;
  const year = c.get('year') ?? 0;
  if (c.isCertain('day') || c.isCertain('weekday'))
    return isoDate(year, c.get('month') ?? 1, c.get('day') ?? 1);
  if (c.isCertain('month')) return isoDate(year, c.get('month') ?? 1);
  return isoDate(year);
}

function scoreSentence(annotation: AnnotatedSentence, sentence: string, tally: Tally): void {
  const published = publishedFromId(annotation.id);
  const goldFigures = locateAll(sentence, annotation.figures);
  const goldTimes = locateAll<GoldTime>(sentence, annotation.times);
  const figures = extractFigures(sentence);
  const { times } = extractTimes(sentence, published);

  const figurePairs = matchByOverlap(goldFigures, figures);
  const exactFigures = figurePairs.filter(([g, f]) => figureIsExact(g.item, f));
  tally.figureSpans = addCounts(tally.figureSpans, counts(figures, goldFigures, figurePairs.length));
  tally.figureExact = addCounts(tally.figureExact, counts(figures, goldFigures, exactFigures.length));
  for (const [g, f] of figurePairs) {
    tally.fieldHits.matched++;
    if (sameNumber(g.item.value, f.value) && sameNumber(g.item.valueMax, f.valueMax)) tally.fieldHits.value++;
    if (g.item.qualifier === f.qualifier) tally.fieldHits.qualifier++;
    if (sameUnit(g.item.unit, f.unit)) tally.fieldHits.unit++;
  }

  const timePairs = matchByOverlap(goldTimes, times);
  const rightTimes = timePairs.filter(([g, t]) => g.item.value === t.value);
  tally.timeSpans = addCounts(tally.timeSpans, counts(times, goldTimes, timePairs.length));
  tally.timeValues = addCounts(tally.timeValues, counts(times, goldTimes, rightTimes.length));

  const reference = new Date(`${published.value}T12:00:00+07:00`);
  const chronoResults = chrono.id.casual
    .parse(sentence, { instant: reference, timezone: 420 })
    .map((r) => ({ start: r.index, end: r.index + r.text.length, value: chronoValue(r) }));
  const chronoPairs = matchByOverlap(goldTimes, chronoResults);
  const chronoRight = chronoPairs.filter(([g, r]) => g.item.value === r.value).length;
  tally.chronoSpans = addCounts(tally.chronoSpans, counts(chronoResults, goldTimes, chronoPairs.length));
  tally.chronoValues = addCounts(tally.chronoValues, counts(chronoResults, goldTimes, chronoRight));

  if (verbose) report(annotation, sentence, goldFigures, figures, goldTimes, times);
}

function counts(predicted: unknown[], gold: unknown[], correct: number): Counts {
  return { predicted: predicted.length, gold: gold.length, correct };
}

function report(
  annotation: AnnotatedSentence,
  sentence: string,
  goldFigures: Located<GoldFigure>[],
  figures: Figure[],
  goldTimes: Located<GoldTime>[],
  times: TimeExpression[],
): void {
  const show = (f: {
    text: string;
    value: number;
    valueMax?: number;
    qualifier: string;
    unit: string | null;
  }) => `"${f.text}" ${f.value}${f.valueMax !== undefined ? `-${f.valueMax}` : ''} ${f.qualifier} ${f.unit}`;
  const gf = goldFigures.map((g) => show(g.item)).join(' | ');
  const pf = figures.map(show).join(' | ');
  const gt = goldTimes.map((g) => `"${g.item.text}" ${g.item.value}`).join(' | ');
  const pt = times.map((t) => `"${t.text}" ${t.value}`).join(' | ');
  if (gf === pf && gt === pt) return;
  console.log(`\n${annotation.id} p${annotation.paragraph} s${annotation.sentence}\n  ${sentence}`);
  if (gf !== pf) console.log(`  figures gold: ${gf}\n  figures got:  ${pf}`);
  if (gt !== pt) console.log(`  times gold:   ${gt}\n  times got:    ${pt}`);
}

function row(label: string, c: Counts): string {
  const s = scores(c);
  const pct = (x: number) => (100 * x).toFixed(1);
  return `| ${label} | ${c.gold} | ${c.predicted} | ${c.correct} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} |`;
}

function emptyTally(): Tally {
  return {
    figureSpans: EMPTY,
    figureExact: EMPTY,
    timeSpans: EMPTY,
    timeValues: EMPTY,
    chronoSpans: EMPTY,
    chronoValues: EMPTY,
    fieldHits: { value: 0, qualifier: 0, unit: 0, matched: 0 },
  };
}

function printTable(title: string, tally: Tally): void {
  const hits = tally.fieldHits;
  const share = (n: number) => (hits.matched === 0 ? '0' : ((100 * n) / hits.matched).toFixed(1));
  console.log(`\n## ${title}\n`);
  console.log('| task | gold | predicted | correct | P | R | F1 |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  console.log(row('figures: detection (span overlap)', tally.figureSpans));
  console.log(row('figures: exact value + qualifier + unit', tally.figureExact));
  console.log(row('times: detection (span overlap)', tally.timeSpans));
  console.log(row('times: normalisation (overlap + ISO value)', tally.timeValues));
  console.log(row('chrono-node `id` (baseline): detection', tally.chronoSpans));
  console.log(row('chrono-node `id` (baseline): normalisation', tally.chronoValues));
  console.log(
    `| anchor: IndoTimex normalisation F1 (other data, TIMEX3) | | | | | | ${INDOTIMEX_NORMALISATION_F1} |`,
  );
  console.log(
    `\nOn matched figures (${hits.matched}): value ${share(hits.value)}%, qualifier ${share(hits.qualifier)}%, unit ${share(hits.unit)}%.`,
  );
}

function main(): void {
  const annotations = readAnnotations();
  const wanted = new Set(annotations.map((a) => a.id));
  const articles = new Map<string, IndosumArticle>();
  for (const article of readIndosum(wanted)) articles.set(article.id, article);
  const tallies = { dev: emptyTally(), test: emptyTally() };
  const started = performance.now();
  for (const annotation of annotations) {
    const article = articles.get(annotation.id);
    const sentence = article ? sentenceText(article, annotation.paragraph, annotation.sentence) : null;
    if (!sentence)
      throw new Error(
        `sentence not found: ${annotation.id} p${annotation.paragraph} s${annotation.sentence}`,
      );
    scoreSentence(annotation, sentence, tallies[annotation.split]);
  }
  const elapsedMs = performance.now() - started;
  const size = (split: 'dev' | 'test') => annotations.filter((a) => a.split === split).length;
  printTable(
    `Held-out test: ${size('test')} IndoSum sentences annotated after the rules were written`,
    tallies.test,
  );
  printTable(`Dev: ${size('dev')} IndoSum sentences the rules were developed on`, tallies.dev);
  console.log(
    `\nAll extractors (ours and chrono) on ${annotations.length} sentences: ${elapsedMs.toFixed(0)} ms.`,
  );
}

main();
