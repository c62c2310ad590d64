// Golden cases: the bundled sample (written for the project) analysed end to end, compared with
// reviewed expectations in test/corpus/samples.expected.json. After a deliberate change, regenerate
// with `UPDATE_GOLDEN=1 node scripts/run-tests.mjs test/golden/samples.test.ts` and review the diff.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { EnrichedDocument } from '../../src/model/document.ts';
import { analyzeInputs } from '../../src/pipeline/analyze.ts';
import { REPO_DIR } from '../support/shared.ts';

const EXPECTED = join(REPO_DIR, 'test', 'corpus', 'samples.expected.json');

function project(doc: EnrichedDocument) {
  return {
    source: doc.source.replace(/^.*\/samples\//, 'samples/'),
    language: doc.language,
    title: doc.title,
    outlet: doc.outlet,
    section: doc.section,
    byline: doc.byline,
    published: doc.published && {
      value: doc.published.value,
      evidence: doc.published.evidence,
      inferred: doc.published.inferred,
    },
    paragraphs: doc.text.split('\n\n').length,
    removed: doc.removed.map((r) => `${r.kind}: ${r.text}`),
    entities: doc.entities.map((e) => `${e.type} ${e.name} ×${e.mentions.length}`),
    quotes: doc.quotes.map(
      (q) => `${q.direct ? 'direct' : 'reported'} ${q.speaker?.name ?? '?'}: ${q.text.slice(0, 60)}`,
    ),
    figures: doc.figures.map((f) => `${f.text} = ${f.value} ${f.qualifier} ${f.unit ?? '-'}`),
    times: doc.times.map((t) => `${t.text} → ${t.value}`),
  };
}

test('the bundled sample analyses as reviewed', async () => {
  const result = await analyzeInputs([join(REPO_DIR, 'samples')], {
    referenceDate: new Date('2025-03-12T00:00:00Z'),
  });
  const titleOf = new Map(result.documents.map((d) => [d.id, d.title ?? d.id]));
  const actual = {
    documents: result.documents.map(project),
    events: result.events.map((e) => e.documents.map((id) => titleOf.get(id)).sort()).sort(),
    storylines: result.storylines.length,
    claims: result.claims.map((c) => ({
      unit: c.unit,
      consistent: c.consistent,
      figures: c.figures.map((f) => f.text).sort(),
    })),
    rejected: result.rejected.map((r) => r.reason),
  };
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(EXPECTED, `${JSON.stringify(actual, null, 2)}\n`);
  assert.ok(existsSync(EXPECTED), `${EXPECTED} is missing: run with UPDATE_GOLDEN=1 and review it`);
  const expected = JSON.parse(readFileSync(EXPECTED, 'utf8'));
  assert.deepEqual(actual, expected);
});
