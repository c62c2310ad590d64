import { QuerySyntaxError } from '../src/search/syntax.ts';
import { isStopword } from '../src/lang/id/stopwords.ts';
import { openStore } from '../src/store/open-store.ts';
import type { StoredEntity } from '../src/model/entity.ts';
import type { Store } from '../src/store/store.ts';
import { generator } from './lib/resampled-indosum.ts';

/**
 * Search latency by kind of query — words, a phrase, OR, an entity alias that expands to the
 * entity, a name with a typo — on any store, through `Store.search` (what `GET /api/search` calls).
 * The queries come from the store itself by fixed rules, so the bench needs no list made for one
 * corpus: words frequent in a sample of titles (not stopwords, not in most titles), the names of
 * the entities in most documents, their aliases, and those names with two letters swapped.
 *
 *   node --import tsx bench/search-latency.ts --db PATH|postgres://… [--queries 12] [--repeats 5]
 */

const arg = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1]! : fallback;
};
const DB = arg('--db', '');
if (!DB) throw new Error('usage: bench/search-latency.ts --db PATH|postgres://…');
const PER_KIND = Number(arg('--queries', '12'));
const REPEATS = Number(arg('--repeats', '5'));

async function titleWords(store: Store, sample: number): Promise<string[]> {
  const counts = new Map<string, number>();
  let titles = 0;
  for (let offset = 0; offset < sample; offset += 500) {
    const page = await store.listDocuments({ limit: 500, offset });
    for (const doc of page) {
      titles += 1;
      const words = new Set((doc.title ?? '').toLowerCase().match(/\p{L}{5,}/gu) ?? []);
      for (const word of words) if (!isStopword(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    if (page.length < 500) break;
  }
  return [...counts]
    .filter(([, n]) => n >= 3 && n < titles * 0.3)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([word]) => word);
}

/** A typo a reader makes: two neighbouring letters of the longest word swapped. */
function misspelt(name: string, random: () => number): string | null {
  const words = name.split(' ');
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
  if (longest.length < 5) return null;
  const at = 1 + Math.floor(random() * (longest.length - 2));
  if (longest[at] === longest[at + 1]) return null;
  const swapped = longest.slice(0, at) + longest[at + 1] + longest[at] + longest.slice(at + 2);
  return words.map((word) => (word === longest ? swapped : word)).join(' ');
}

function queriesOf(words: string[], entities: StoredEntity[]): Record<string, string[]> {
  const random = generator(7);
  const names = entities.filter((e) => e.name.includes(' ') && /^[\p{L} .'-]+$/u.test(e.name));
  const aliases = entities.flatMap((e) =>
    e.aliases.filter((a) => a.alias !== e.name && a.alias.length >= 3 && !a.alias.includes('"')).map((a) => a.alias).slice(0, 1),
  );
  const typos = names
    .filter((e) => e.type === 'PER' || e.type === 'ORG' || e.type === 'LOC')
    .map((e) => misspelt(e.name, random))
    .filter((q): q is string => q !== null);
  return {
    word: words.slice(0, PER_KIND),
    'two words': words.slice(0, PER_KIND * 2).reduce<string[]>((pairs, w, i, all) => (i % 2 ? [...pairs, `${all[i - 1]} ${w}`] : pairs), []),
    phrase: names.slice(0, PER_KIND).map((e) => `"${e.name}"`),
    OR: words.slice(PER_KIND, PER_KIND * 3).reduce<string[]>((pairs, w, i, all) => (i % 2 ? [...pairs, `${all[i - 1]} OR ${w}`] : pairs), []),
    'alias (expanded)': aliases.slice(0, PER_KIND),
    'typo (did you mean)': typos.slice(0, PER_KIND),
    // What an adversary sends within the budget (16 terms): the attack of the hardening issue, and
    // the most frequent words as prefixes, OR-ed, or all required.
    'worst allowed': [
      Array(32).fill('d').join(' '),
      words.slice(0, 16).map((w) => `${w.slice(0, 3)}*`).join(' OR '),
      words.slice(0, 16).join(' OR '),
      words.slice(0, 16).map((w) => `${w.slice(0, 3)}*`).join(' '),
      `"${words.slice(0, 8).join(' ')}"`,
    ],
  };
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const store = await openStore(DB);
try {
  const documents = (await store.stats()).documents;
  const words = await titleWords(store, 5000);
  const { items: entities } = await store.listEntities({ limit: 200, offset: 0 });
  const kinds = queriesOf(words, entities);
  console.log(`## Search latency by kind of query — ${documents.toLocaleString('en')} documents (${DB.replace(/\/\/[^@]*@/, '//')})\n`);
  console.log('| kind | queries | e.g. | median ms | p95 ms | max ms | hits (median total) | did you mean |');
  console.log('| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [kind, queries] of Object.entries(kinds)) {
    if (queries.length === 0) continue;
    const run = async (q: string) => {
      try {
        return await store.search({ q, limit: 20, offset: 0 });
      } catch (error) {
        // A refused query (over the budget) is an answer too: timed like the others.
        if (error instanceof QuerySyntaxError) return { total: 0, didYouMean: null };
        throw error;
      }
    };
    for (const q of queries) await run(q); // warm-up: caches, statements
    const times: number[] = [];
    const totals: number[] = [];
    let corrected = 0;
    for (let repeat = 0; repeat < REPEATS; repeat++) {
      for (const q of queries) {
        const started = performance.now();
        const result = await run(q);
        times.push(performance.now() - started);
        if (repeat === 0) {
          totals.push(result.total);
          if (result.didYouMean) corrected += 1;
        }
      }
    }
    console.log(
      `| ${kind} | ${queries.length} | \`${queries[0]}\` | ${quantile(times, 0.5).toFixed(1)} | ${quantile(times, 0.95).toFixed(1)} | ${Math.max(...times).toFixed(1)} | ${quantile(totals, 0.5)} | ${corrected}/${queries.length} |`,
    );
  }
} finally {
  await store.close();
}
