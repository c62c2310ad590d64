// The search language on real text, run against every Store backend (sqlite-store.test.ts,
// postgres-store.test.ts): the five seed articles and the bundled samples, ingested through the
// pipeline, so entities, aliases, dates and near-duplicates are the pipeline's own.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ingestIntoStore } from '../../src/pipeline/ingest-into-store.ts';
import { QuerySyntaxError } from '../../src/search/syntax.ts';
import { stemWord } from '../../src/search/stems.ts';
import { searchWords } from '../../src/search/words.ts';
import type { SearchRequest, SearchResult, Store } from '../../src/store/store.ts';
import { REPO_DIR, seedFiles } from '../support/shared.ts';
import type { StoreFactory } from './store-contract.ts';

const referenceDate = new Date('2026-11-23T00:00:00Z');

/** The seed a hit comes from, by the first three letters of its file name ("000" … "004"). */
const seedOf = (source: string): string => basename(source).slice(0, 3);

async function openWith(factory: StoreFactory, inputs: string[]): Promise<Store> {
  const store = await factory.open();
  await ingestIntoStore(inputs, store, { referenceDate, batchSize: 50 });
  return store;
}

export function searchContract(name: string, factory: StoreFactory): void {
  describe(`${name}: search on the seed articles`, () => {
    let store: Store;
    const seeds = seedFiles();
    const raw = new Map(seeds.map((file) => [seedOf(file), readFileSync(file, 'utf8')]));
    before(async () => {
      store = await openWith(factory, seeds);
    });
    after(() => store.close());

    const search = (q: string, extra: Omit<SearchRequest, 'q'> = {}): Promise<SearchResult> =>
      store.search({ q, ...extra });
    const found = async (q: string): Promise<string[]> =>
      (await search(q)).hits.map((hit) => seedOf(hit.source)).sort();

    test('a word finds its other forms by their Indonesian stem', async () => {
      // No seed writes "kirim" itself: 000, 001, 003 and 004 write mengirim, dikirim(kan),
      // pengiriman, mengirimkan; 002 has no form of it.
      for (const text of raw.values()) assert.doesNotMatch(text, /\bkirim\b/i);
      assert.deepEqual(await found('kirim'), ['000', '001', '003', '004']);
      for (const hit of (await search('kirim')).hits) {
        const marked = [...hit.snippet.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]!);
        assert.ok(
          marked.some((word) => stemWord(searchWords(word)[0]!, 'id') === 'kirim'),
          `the snippet marks a form of kirim: ${hit.snippet}`,
        );
      }
    });

    test('a name or alias finds every article about the entity, under any of its names', async () => {
      // Only 000 and 004 write "Korut"; all five are about Korea Utara, whose alias it is.
      assert.deepEqual(
        [...raw].filter(([, text]) => /\bKorut\b/.test(text)).map(([seed]) => seed),
        ['000', '004'],
      );
      assert.deepEqual(await found('Korut'), ['000', '001', '002', '003', '004']);
      assert.deepEqual(await found('"Korea Utara"'), ['000', '001', '002', '003', '004']);
      assert.deepEqual(await found('entity:Korut'), ['000', '001', '002', '003', '004']);
    });

    test('OR takes either side, a minus excludes', async () => {
      // Lavrov is in 001 and 002, Volodin in 004 only; Ukraina is in all five.
      assert.deepEqual(await found('Lavrov OR Volodin'), ['001', '002', '004']);
      assert.deepEqual(await found('Ukraina -Lavrov'), ['000', '003', '004']);
      assert.deepEqual(await found('Ukraina NOT Lavrov'), ['000', '003', '004']);
      assert.deepEqual(await found('(Lavrov OR Volodin) -Volodin'), ['001', '002']);
    });

    test('a misspelt name still finds its entity, and the answer says what it was taken for', async () => {
      const putin = [...raw].filter(([, text]) => /\bPutin\b/.test(text)).map(([seed]) => seed);
      for (const [q, corrected] of [
        ['Valdimir Putin', 'Vladimir Putin'],
        ['Puttin', 'Putin'],
        ['Vladimir Puttin', 'Vladimir Putin'],
      ] as const) {
        const result = await search(q);
        assert.deepEqual(result.hits.map((h) => seedOf(h.source)).sort(), putin, q);
        assert.equal(result.didYouMean?.query, corrected, q);
        assert.equal(result.didYouMean?.corrections[0]?.entity.name, 'Vladimir Putin', q);
      }
      assert.equal((await search('Putin')).didYouMean, null, 'a name spelt right is not corrected');
      assert.equal((await search('Pyongyang Moskow')).didYouMean, null);
    });

    test('totals, pages and sorting by date', async () => {
      const all = await search('Korut', { limit: 50 });
      assert.equal(all.total, 5);
      const paged = [
        ...(await search('Korut', { limit: 2 })).hits,
        ...(await search('Korut', { limit: 2, offset: 2 })).hits,
        ...(await search('Korut', { limit: 2, offset: 4 })).hits,
      ];
      assert.deepEqual(
        paged.map((h) => h.id),
        all.hits.map((h) => h.id),
        'pages follow each other',
      );
      const beyond = await search('Korut', { offset: 10 });
      assert.deepEqual([beyond.hits.length, beyond.total], [0, 5], 'a page past the end still tells the total');
      const byDate = (await search('Korut', { sort: 'date' })).hits.map((h) => h.published ?? '');
      assert.deepEqual(byDate, [...byDate].sort().reverse(), 'newest first');
      assert.equal(new Set(byDate).size, 5, 'five different dates, so the order is a real test');
    });

    test('date, outlet and language filters, in the query or beside it', async () => {
      const dated = await search('Korut from:2025-07 to:2025-08');
      assert.ok(dated.hits.length > 0 && dated.hits.length < 5);
      for (const hit of dated.hits) assert.ok(hit.published! >= '2025-07' && hit.published!.slice(0, 7) <= '2025-08');
      const mureks = await search('Korut outlet:mureks');
      assert.deepEqual(
        mureks.hits.map((h) => h.outlet),
        ['Mureks'],
        'outlet names match whatever their case',
      );
      assert.equal((await search('Korut -outlet:Mureks')).total, 4, 'excluding an outlet keeps articles of no known outlet');
      assert.equal((await search('Korut lang:en')).total, 0, 'the seeds are all Indonesian');
      assert.equal((await search('Korut', { language: 'id', from: '2025-07-01' })).total, dated.total + 1);
    });

    test('what the database would read as syntax is refused by the search language', async () => {
      for (const q of ['"unclosed', 'NEAR(Korut', 'Korut)', 'Korut OR', '-Korut', 'k*', 'from:kemarin']) {
        await assert.rejects(search(q), QuerySyntaxError, q);
      }
      assert.equal((await search('title:Korut')).total, 0, 'an unknown field is words: "title" is in no seed');
    });
  });

  describe(`${name}: search on the samples`, () => {
    let store: Store;
    before(async () => {
      store = await openWith(factory, [join(REPO_DIR, 'samples')]);
    });
    after(() => store.close());

    /** Seeds of truth computed from the stored text itself, independent of the indexes. */
    const documentsWhere = async (test: (text: string) => boolean): Promise<string[]> => {
      const ids: string[] = [];
      for (let next: string | null = null; ; ) {
        const page = await store.scanDocuments({ limit: 100, after: next });
        for (const { document } of page.rows) {
          if (test(`${document.title ?? ''}\n${document.text}`)) ids.push(document.id);
        }
        next = page.next;
        if (next === null) return ids.sort();
      }
    };
    const ids = async (q: string): Promise<string[]> =>
      (await store.search({ q })).hits.map((h) => h.id).sort();

    test('kebanjiran finds the articles about banjir (one stem)', async () => {
      const banjir = await documentsWhere((text) => /\bbanjir\b/i.test(text));
      assert.equal(banjir.length, 3);
      assert.deepEqual(await documentsWhere((text) => /kebanjiran/i.test(text)), []);
      assert.deepEqual(await ids('kebanjiran'), banjir);
      assert.deepEqual(await ids('banjir'), banjir);
    });

    test('only an explicit star makes a prefix', async () => {
      // "mengung" starts mengungsi (two articles) but is no word of its own, nor near a name.
      const result = await store.search({ q: 'mengung' });
      assert.deepEqual([result.total, result.didYouMean], [0, null]);
      const prefixed = await documentsWhere((text) => /\bmengung/i.test(text));
      assert.ok(prefixed.length > 0);
      assert.deepEqual(await ids('mengung*'), prefixed);
    });

    test('a quoted phrase needs its words in order, side by side', async () => {
      const phrase = await documentsWhere((text) => ` ${searchWords(text).join(' ')} `.includes(' warga mengungsi '));
      const both = await documentsWhere((text) => /\bwarga\b/i.test(text) && /\bmengungsi\b/i.test(text));
      assert.ok(phrase.length > 0 && phrase.length < both.length, 'the samples tell a phrase from two words');
      assert.deepEqual(await ids('"warga mengungsi"'), phrase);
      assert.deepEqual(await ids('warga mengungsi'), both);
    });

    test('parentheses group, and filters narrow', async () => {
      const english = (await store.search({ q: '(banjir OR flood) lang:en' })).hits;
      assert.deepEqual(
        english.map((h) => h.language),
        ['en'],
      );
      const lembah = (await store.search({ q: 'banjir outlet:"kabar lembah"' })).hits;
      assert.ok(lembah.length > 0);
      for (const hit of lembah) assert.equal(hit.outlet, 'Kabar Lembah');
    });
  });

  describe(`${name}: near-duplicates fold under their first article`, () => {
    let store: Store;
    let dir: string;
    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'warta-search-'));
      store = await openWith(factory, seedFiles());
      // Later, a shortened copy of 000, as another outlet reprinting it would publish it.
      const original = readFileSync(seedFiles()[0]!, 'utf8').split('\n\n');
      const copy = join(dir, '005_copy.txt');
      writeFileSync(copy, `${original.slice(0, -2).join('\n\n')}\n`);
      await ingestIntoStore([copy], store, { referenceDate, batchSize: 50 });
    });
    after(async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    });

    test('a matching copy is listed under its article, not as a hit of its own', async () => {
      const result = await store.search({ q: 'Korut' });
      const head = result.hits.find((hit) => seedOf(hit.source) === '000');
      const copy = (await store.getDocument(head?.duplicates[0]?.id ?? ''))!;
      assert.ok(copy, '000, stored first, has a duplicate folded under it');
      assert.equal(seedOf(copy.source), '005');
      const original = (await store.getDocument(head!.id))!;
      assert.ok(
        copy.duplicateOf === original.id || original.duplicateOf === copy.id,
        'the pipeline marked the two as near-duplicates (which one it calls the original is its own choice)',
      );
      assert.deepEqual([result.total, result.documents], [5, 6], 'five hits, six matching documents');
      assert.ok(!result.hits.some((hit) => hit.id === copy.id));
    });
  });
}
