import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EnrichedDocument } from '../../model/document.ts';
import type { Figure, FigureQualifier } from '../../model/figure.ts';
import { claimsInScope } from './claim-grouper.ts';
import { judgeConsistency } from './consistency.ts';
import { figureInterval, intersect } from './intervals.ts';
import { unitFamily } from './unit-families.ts';

const figure = (text: string, value: number, qualifier: FigureQualifier, valueMax?: number) =>
  valueMax === undefined ? { text, value, qualifier } : { text, value, qualifier, valueMax };

describe('figure intervals', () => {
  it('turns each qualifier into the values it allows', () => {
    assert.deepEqual(figureInterval(figure('600', 600, 'exact')), {
      low: 600,
      high: 600,
      lowOpen: false,
      highOpen: false,
    });
    const about = figureInterval(figure('sekitar 11.000', 11000, 'about'));
    assert.equal(Math.round(about.low), 9350);
    assert.equal(Math.round(about.high), 12650);
    assert.deepEqual(figureInterval(figure('lebih dari 10.000', 10000, 'more-than')), {
      low: 10000,
      high: Infinity,
      lowOpen: true,
      highOpen: false,
    });
    assert.equal(figureInterval(figure('ribuan', 1000, 'order-of-magnitude')).high, 9999);
    assert.deepEqual(figureInterval(figure('10 to 20', 10, 'range', 20)), {
      low: 10,
      high: 20,
      lowOpen: false,
      highOpen: false,
    });
    assert.equal(figureInterval(figure('less than 5', 5, 'less-than')).highOpen, true);
  });

  it('intersects with open bounds: "more than 10" and "at most 10" share nothing', () => {
    const moreThan = figureInterval(figure('more than 10', 10, 'more-than'));
    assert.equal(intersect(moreThan, figureInterval(figure('at most 10', 10, 'at-most'))), null);
    assert.notEqual(intersect(moreThan, figureInterval(figure('at least 10', 10, 'at-least'))), null);
    assert.equal(intersect(moreThan, figureInterval(figure('10', 10, 'exact'))), null);
    assert.deepEqual(intersect(moreThan, figureInterval(figure('about 11', 11, 'about'))), {
      low: 10,
      high: 12.65,
      lowOpen: true,
      highOpen: false,
    });
  });
});

describe('judgeConsistency', () => {
  it('agrees when the intervals share a value, and says where', () => {
    const verdict = judgeConsistency([
      figure('sekitar 11.000', 11000, 'about'),
      figure('lebih dari 10.000', 10000, 'more-than'),
    ]);
    assert.equal(verdict.consistent, true);
    assert.equal(
      verdict.reasoning,
      'sekitar 11.000 ≈ [9350, 12650] and lebih dari 10.000 > 10000 overlap ((10000, 12650]).',
    );
  });

  it('disagrees when one interval lies below another', () => {
    const verdict = judgeConsistency([
      figure('sekitar 11.000', 11000, 'about'),
      figure('lebih dari 10.000', 10000, 'more-than'),
      figure('ribuan', 1000, 'order-of-magnitude'),
    ]);
    assert.equal(verdict.consistent, false);
    assert.match(
      verdict.reasoning,
      /share no value: ribuan ∈ \[1000, 9999\] lies below lebih dari 10.000 > 10000\.$/,
    );
  });
});

describe('unit families', () => {
  it('puts Indonesian and English words for troops in one family', () => {
    assert.equal(unitFamily('tentara'), 'troops');
    assert.equal(unitFamily('Pasukan'), 'troops');
    assert.equal(unitFamily('soldiers'), 'troops');
    assert.equal(unitFamily('jenis senjata'), 'jenis senjata');
    assert.equal(unitFamily('korban tewas'), 'deaths');
    assert.equal(unitFamily('pekerja'), 'workers');
  });
});

function doc(
  id: string,
  text: string,
  figures: [string, number, FigureQualifier, string][],
  extra: Partial<EnrichedDocument> = {},
): EnrichedDocument {
  const built: Figure[] = figures.map(([phrase, value, qualifier, unit]) => {
    const start = text.indexOf(phrase);
    return { text: phrase, value, qualifier, unit, start, end: start + phrase.length };
  });
  return {
    id,
    contentHash: id,
    source: id,
    kind: 'text',
    url: null,
    language: 'en',
    title: null,
    outlet: id,
    outletEvidence: null,
    section: null,
    byline: null,
    published: null,
    text,
    removed: [],
    diagnostics: [],
    entities: [],
    quotes: [],
    figures: built,
    times: [],
    duplicateOf: null,
    ...extra,
  };
}

describe('claimsInScope', () => {
  const a = doc(
    'a',
    'Officials said the flood forced 2,000 residents to leave their homes. Five people died.',
    [['2,000 residents', 2000, 'exact', 'residents']],
  );
  const b = doc('b', 'The flood forced about 2,100 people to leave their homes, officials said.', [
    ['about 2,100 people', 2100, 'about', 'people'],
  ]);
  const c = doc('c', 'The league said 2,000 people attended the final on Sunday.', [
    ['2,000 people', 2000, 'exact', 'people'],
  ]);

  it('groups figures of one unit family whose sentences say the same thing', () => {
    const claims = claimsInScope([a, b, c]);
    assert.equal(claims.length, 1);
    assert.deepEqual(claims[0]!.figures.map((f) => f.document).sort(), ['a', 'b']);
    assert.equal(claims[0]!.unit, 'people');
    assert.equal(claims[0]!.consistent, true);
  });

  it('does not count a syndicated copy as a second source', () => {
    const copy = { ...a, id: 'a-copy', outlet: 'other', duplicateOf: 'a' };
    assert.equal(claimsInScope([a, copy]).length, 0);
  });
});
