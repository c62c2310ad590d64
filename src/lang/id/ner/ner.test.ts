import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readSeed, seedFiles } from '../../../../test/support/shared.ts';
import { type RecognizedSpan, recognizeEntities } from './index.ts';

function found(spans: RecognizedSpan[], type: string): Set<string> {
  return new Set(spans.filter((span) => span.type === type).map((span) => span.text));
}

describe('recognizeEntities on the seed articles', () => {
  it('finds the people, places and news agency of the Kim–Putin letter story', () => {
    const spans = recognizeEntities(readSeed('000'));
    const people = found(spans, 'PER');
    const places = found(spans, 'LOC');
    const organisations = found(spans, 'ORG');
    for (const name of ['Vladimir Putin', 'Kim Jong Un', 'Putin']) assert.ok(people.has(name), name);
    for (const name of ['Korea Utara', 'Rusia', 'Ukraina', 'Moskow']) assert.ok(places.has(name), name);
    for (const name of ['KCNA', 'Kantor Berita Pusat Korea']) assert.ok(organisations.has(name), name);
  });

  it('finds Lavrov, Pyongyang and the Russian foreign ministry', () => {
    const spans = recognizeEntities(readSeed('001'));
    assert.ok(found(spans, 'PER').has('Sergei Lavrov'));
    assert.ok(found(spans, 'LOC').has('Pyongyang'));
    assert.ok(found(spans, 'ORG').has('Kementerian Luar Negeri Rusia'));
  });

  it('returns ordered, non-overlapping spans that match the text', () => {
    for (const file of seedFiles()) {
      const text = readSeed(file.split('/').pop()!.slice(0, 3));
      let previousEnd = 0;
      for (const span of recognizeEntities(text)) {
        assert.equal(text.slice(span.start, span.end), span.text);
        assert.ok(span.start >= previousEnd && span.end > span.start);
        previousEnd = span.end;
      }
    }
  });
});

describe('recognizeEntities on hand-written text', () => {
  it('reads names in a sentence of its own', () => {
    const spans = recognizeEntities(
      'Presiden Joko Widodo bertemu Menteri Luar Negeri Retno Marsudi di Istana Bogor, Jawa Barat.',
    );
    assert.ok(found(spans, 'PER').has('Joko Widodo'));
    assert.ok([...found(spans, 'LOC')].some((name) => name.includes('Jawa Barat')));
  });

  it('works across paragraphs with offsets into the whole text', () => {
    const text =
      'Gubernur Anies Baswedan meninjau banjir.\n\nSementara itu, warga Bekasi mengungsi ke masjid.';
    for (const span of recognizeEntities(text)) assert.equal(text.slice(span.start, span.end), span.text);
  });
});

describe('recognizeEntities on awkward input', () => {
  it('returns nothing for empty or blank text', () => {
    assert.deepEqual(recognizeEntities(''), []);
    assert.deepEqual(recognizeEntities(' \n\n\t'), []);
  });

  it('copes with text without capitals and with other scripts', () => {
    const lower = 'presiden joko widodo meresmikan bendungan di jawa tengah pada senin pagi.';
    for (const span of recognizeEntities(lower)) assert.equal(lower.slice(span.start, span.end), span.text);
    const other = '北京是中国的首都。Москва — столица России. 🇮🇩 ١٢٣';
    for (const span of recognizeEntities(other)) assert.equal(other.slice(span.start, span.end), span.text);
  });
});
