// The whole pipeline on the five real seed articles: what an analyst should see.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { AnalysisResult } from '../../src/pipeline/analyze.ts';
import { analyzeInputs } from '../../src/pipeline/analyze.ts';
import { SEEDS_DIR } from '../support/shared.ts';

let result: AnalysisResult;
const bySeed = (prefix: string) => {
  const doc = result.documents.find((d) => d.source.split('/').pop()?.startsWith(prefix));
  assert.ok(doc, `seed ${prefix} analysed`);
  return doc;
};

before(async () => {
  result = await analyzeInputs([SEEDS_DIR], { referenceDate: new Date('2026-11-23T00:00:00Z') });
});

test('the two reports of the July 2025 Lavrov visit are one event; the other three stand alone; one storyline', () => {
  assert.equal(result.documents.length, 5);
  const eventOf = (prefix: string) => result.events.find((e) => e.documents.includes(bySeed(prefix).id));
  assert.equal(eventOf('001')?.id, eventOf('002')?.id);
  const others = ['000', '003', '004'].map((p) => eventOf(p)?.id);
  assert.equal(new Set([...others, eventOf('001')?.id]).size, 4);
  assert.equal(result.events.length, 4);
  assert.equal(result.storylines.length, 1);
  assert.equal(result.storylines[0]?.events.length, 4);
});

test('the three troop figures form one claim across outlets, judged with its reasoning', () => {
  const troops = result.claims.find((c) => c.figures.some((f) => f.text === 'sekitar 11.000 tentara'));
  assert.ok(troops, 'a claim holds "sekitar 11.000 tentara"');
  const texts = troops.figures.map((f) => f.text).sort();
  assert.deepEqual(texts, ['lebih dari 10.000 tentara', 'ribuan pasukan', 'sekitar 11.000 tentara']);
  assert.equal(new Set(troops.figures.map((f) => f.document)).size, 3);
  assert.ok(troops.reasoning.length > 20);
});

test('the undated article takes its month from its event, and its relative times follow', () => {
  const undated = bySeed('001');
  assert.equal(undated.published?.value, '2025-07');
  assert.equal(undated.published?.inferred, true);
  const times = Object.fromEntries(undated.times.map((t) => [t.text, t.value]));
  assert.equal(times['Juni tahun lalu'], '2024-06');
  assert.equal(times['April lalu'], '2025-04');
});

test('one global identity per entity across the seeds, under every name', () => {
  const ids = (name: string) =>
    new Set(result.documents.flatMap((d) => d.entities.filter((e) => e.name === name).map((e) => e.entity)));
  for (const name of ['Kim Jong Un', 'Vladimir Putin', 'Korea Utara']) assert.equal(ids(name).size, 1, name);
  const lavrov = result.entities.filter((e) => /Lavrov/.test(e.name));
  assert.equal(lavrov.length, 1, 'Sergei and Sergey Lavrov are one person');
  assert.ok(lavrov[0]?.aliases.some((a) => a.alias === 'Sergey Lavrov' || a.alias === 'Sergei Lavrov'));
  const kim = bySeed('003').entities.find((e) => e.name === 'Kim Jong Un');
  assert.ok(
    kim?.mentions.some((m) => m.text === 'Kim Jong-un'),
    'the hyphenated spelling is joined',
  );
  assert.notEqual(
    result.entities.find((e) => e.name === 'Korea Utara')?.id,
    result.entities.find((e) => e.name === 'Korea Selatan')?.id,
  );
});

test('quotes carry their speakers', () => {
  const speakerOf = (prefix: string, start: string) =>
    bySeed(prefix).quotes.find((q) => q.text.startsWith(start))?.speaker?.name;
  assert.equal(speakerOf('004', 'Ikatan persahabatan militan'), 'Vladimir Putin');
  assert.equal(speakerOf('004', 'Rakyat Rusia akan selamanya'), 'Vladimir Putin');
  assert.equal(speakerOf('003', 'Sebagai bagian dari kesepakatan'), 'John Kirby');
  assert.equal(speakerOf('000', 'Saya akan menghormati'), 'Kim Jong Un');
  assert.ok(!bySeed('003').quotes.some((q) => q.text === 'nakal'), 'a scare quote is nobody’s quote');
});
