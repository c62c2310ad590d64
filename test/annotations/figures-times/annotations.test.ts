import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractFigures } from '../../../src/enrich/figures/extract-figures.ts';
import { extractTimes } from '../../../src/enrich/times/extract-times.ts';
import { locate, readAnnotations } from './annotations.ts';
import { detokenize, publishedFromId, readIndosum, sentenceText } from './indosum.ts';
import { matchByOverlap, sameUnit, scores } from './score.ts';

const QUALIFIERS = [
  'exact',
  'about',
  'more-than',
  'less-than',
  'at-least',
  'at-most',
  'order-of-magnitude',
  'range',
];
const ISO_VALUE =
  /^(?:\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})?)?)?)?(?:\/\d{4}-\d{2}-\d{2})?|\d{4}-W\d{2}|P(?:[\d.]+[YMWD])*(?:T(?:[\d.]+[HMS])+)?)$/;

describe('figures/times annotations of IndoSum', () => {
  const annotations = readAnnotations();
  const articles = new Map(readIndosum(new Set(annotations.map((a) => a.id))).map((a) => [a.id, a]));

  it('every annotated sentence exists and every annotated text is in it', () => {
    assert.equal(annotations.length, 150);
    for (const a of annotations) {
      const article = articles.get(a.id);
      assert.ok(article, a.id);
      const sentence = sentenceText(article, a.paragraph, a.sentence);
      assert.ok(sentence, `${a.id} p${a.paragraph} s${a.sentence}`);
      for (const item of [...a.figures, ...a.times])
        assert.ok(locate(sentence, item), `"${item.text}" in ${a.id}`);
      assert.equal(a.published, publishedFromId(a.id).value);
    }
  });

  it('uses only the export qualifiers and ISO 8601 values', () => {
    for (const a of annotations) {
      for (const f of a.figures) assert.ok(QUALIFIERS.includes(f.qualifier), f.qualifier);
      for (const t of a.times) assert.match(t.value, ISO_VALUE);
    }
  });

  it('extractor spans are exact on every annotated sentence and on 10 whole articles', () => {
    const texts = annotations.map((a) => sentenceText(articles.get(a.id)!, a.paragraph, a.sentence) ?? '');
    const wholeArticles = [...articles.values()]
      .slice(0, 10)
      .map((a) => ({ id: a.id, text: a.paragraphs.map((p) => p.map(detokenize).join(' ')).join('\n\n') }));
    for (const { id, text } of [...texts.map((text) => ({ id: '', text })), ...wholeArticles]) {
      for (const f of extractFigures(text)) assert.equal(text.slice(f.start, f.end), f.text);
      const { times } = extractTimes(text, id ? publishedFromId(id) : null);
      for (const t of times) {
        assert.equal(text.slice(t.start, t.end), t.text);
        assert.match(t.value, ISO_VALUE);
      }
    }
  });
});

describe('benchmark scoring', () => {
  it('matches by overlap one to one and computes P/R/F1', () => {
    const pairs = matchByOverlap(
      [
        { start: 0, end: 5 },
        { start: 10, end: 12 },
      ],
      [
        { start: 3, end: 8 },
        { start: 4, end: 6 },
      ],
    );
    assert.equal(pairs.length, 1);
    assert.deepEqual(scores({ predicted: 2, gold: 2, correct: 1 }), { precision: 0.5, recall: 0.5, f1: 0.5 });
    assert.ok(sameUnit('km/jam', 'KM per jam'));
  });
});
