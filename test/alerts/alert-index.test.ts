import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { AlertIndex } from '../../src/alerts/alert-index.ts';
import { type DocumentView, documentView } from '../../src/alerts/document-view.ts';
import { matchesQuery } from '../../src/alerts/match-query.ts';
import { analyzeInputs } from '../../src/pipeline/analyze.ts';
import { parseQuery, type QueryNode } from '../../src/search/syntax.ts';
import { generator } from '../../bench/lib/resampled-indosum.ts';
import { seedFiles } from '../support/shared.ts';

let views: DocumentView[] = [];
before(async () => {
  const result = await analyzeInputs(seedFiles(), { referenceDate: new Date('2026-11-23T00:00:00Z') });
  const names = new Map(result.entities.map((entity) => [entity.id, entity.aliases.map((alias) => alias.alias)]));
  views = result.documents.map((doc) => documentView(doc, (id) => names.get(id) ?? []));
});

/** A random query over the seeds' own words (so that many match), with every operator the language has. */
function randomQuery(random: () => number): string {
  const doc = views[Math.floor(random() * views.length)]!;
  const word = (): string => doc.words[Math.floor(random() * doc.words.length)]!;
  const term = (): string => {
    const roll = random();
    if (roll < 0.45) return word();
    if (roll < 0.6) {
      const at = Math.floor(random() * (doc.words.length - 2));
      return `"${doc.words.slice(at, at + 2).join(' ')}"`;
    }
    if (roll < 0.7) {
      const long = doc.words.filter((w) => w.length >= 4);
      return `${long[Math.floor(random() * long.length)]!.slice(0, 3)}*`;
    }
    if (roll < 0.8) return `outlet:"${['Kompas', 'Tempo', 'Detik', 'Antara'][Math.floor(random() * 4)]}"`;
    if (roll < 0.9) return `from:2025-0${1 + Math.floor(random() * 9)}`;
    return 'lang:id';
  };
  const group = (): string => {
    const parts = [term()];
    if (random() < 0.5) parts.push(random() < 0.5 ? `OR ${term()}` : term());
    if (random() < 0.3) parts.push(`-${word()}`);
    return parts.join(' ');
  };
  return random() < 0.3 ? `(${group()}) OR ${term()}` : group();
}

test('the alert index finds exactly the alerts a check of every alert finds (2,000 random queries on the seeds)', () => {
  const random = generator(20261202);
  const alerts: { alert: { id: string }; query: QueryNode }[] = [];
  while (alerts.length < 2_000) {
    try {
      alerts.push({ alert: { id: `a${alerts.length}` }, query: parseQuery(randomQuery(random)) });
    } catch {
      // A generated exclusion that left nothing positive: the parser refuses it, as it should.
    }
  }
  const index = new AlertIndex(alerts);
  let matched = 0;
  for (const view of views) {
    const expected = alerts.filter(({ query }) => matchesQuery(query, view)).map(({ alert }) => alert.id);
    const found = index.matching(view).map((alert) => alert.id);
    assert.deepEqual(found.sort(), expected.sort(), `document ${view.id}`);
    matched += expected.length;
  }
  assert.ok(matched > 1_000, `the queries are drawn from the seeds, so many match (${matched})`);
});

test('alert queries mean what search means: stems, phrases, exclusions, aliases', () => {
  const byPrefix = (query: string): number =>
    views.filter((view) => matchesQuery(parseQuery(query), view)).length;
  // The five seeds are about Korea Utara (North Korea) and Russia: every one names it.
  assert.equal(byPrefix('"Korea Utara"'), 5);
  assert.equal(byPrefix('Korut'), 5, 'Korut is an alias of Korea Utara, so it finds every article about it');
  assert.equal(byPrefix('"Utara Korea"'), 0, 'a phrase keeps its order');
  assert.equal(byPrefix('"Korea Utara" -"Korea Utara"'), 0);
  assert.ok(byPrefix('kirim') >= 3, 'kirim finds mengirim, dikirim, pengiriman by their stem');
  assert.equal(byPrefix('kirim'), byPrefix('mengirim'), 'a word and its affixed form share their stem');
});
