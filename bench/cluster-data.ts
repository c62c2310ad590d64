import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { englishEntityMentions } from '../src/lang/en/index.ts';
import type { EnrichedDocument } from '../src/model/document.ts';
import { sharedPath } from '../test/support/shared.ts';

/** One labelled English article of the Giveme5W1H sets, as an enriched document plus its gold label. */
export interface LabelledArticle {
  doc: EnrichedDocument;
  /** `newsCluster.EventId` (news-cluster set) or `category` (5W1H stories set). */
  label: string;
}

interface NewsPleaseJson {
  dId?: string;
  title?: string;
  text?: string;
  description?: string;
  date_publish?: string | null;
  source_domain?: string;
  publisher?: string;
  url?: string;
  category?: string;
  newsCluster?: { EventId: number; Event: string };
}

function publishedOf(value: string | null | undefined): EnrichedDocument['published'] {
  if (!value || value === 'None') return null;
  const day = /^\d{4}-\d{2}-\d{2}/.exec(value);
  return day ? { value: day[0], evidence: value, inferred: false } : null;
}

/** An English article turned into the enrich stage's output with the English pack's recogniser. */
export function englishDocument(id: string, row: NewsPleaseJson): EnrichedDocument {
  const text = (row.text ?? '').trim();
  const title = row.title?.trim() || null;
  return {
    id,
    contentHash: id,
    source: row.url ?? id,
    kind: 'jsonl',
    url: row.url ?? null,
    language: 'en',
    title,
    outlet: row.source_domain ?? row.publisher ?? null,
    outletEvidence: null,
    section: null,
    byline: null,
    published: publishedOf(row.date_publish),
    text,
    removed: [],
    diagnostics: [],
    entities: englishEntityMentions(text),
    quotes: [],
    figures: [],
    times: [],
    duplicateOf: null,
  };
}

function readFolder(folder: string, labelOf: (row: NewsPleaseJson) => string | null): LabelledArticle[] {
  const dir = sharedPath('data', 'clustering', folder);
  const articles: LabelledArticle[] = [];
  for (const name of readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()) {
    const row = JSON.parse(readFileSync(join(dir, name), 'utf8')) as NewsPleaseJson;
    const label = labelOf(row);
    if (label === null) continue;
    articles.push({ doc: englishDocument(row.dId ?? name.replace(/\.json$/, ''), row), label });
  }
  return articles;
}

/** giveme5w1h-news-cluster-dev: 197 articles labelled with 35 events. */
export function readNewsClusterDev(): LabelledArticle[] {
  return readFolder('giveme5w1h-news-cluster-dev', (row) =>
    row.newsCluster ? String(row.newsCluster.EventId) : null,
  );
}

/** giveme5w1h-5w1h-stories: articles labelled with 12 stories (`category`); unlabelled ones are skipped. */
export function readFiveW1hStories(): LabelledArticle[] {
  return readFolder('giveme5w1h-5w1h-stories', (row) => row.category ?? null);
}
