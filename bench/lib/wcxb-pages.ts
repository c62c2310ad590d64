import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export type WcxbSplit = 'dev' | 'test';

/** One benchmark page with its ground truth (fields may be null where the annotators gave none). */
export interface WcxbPage {
  split: WcxbSplit;
  id: string;
  url: string | null;
  pageType: string;
  html: string;
  gold: {
    title: string | null;
    author: string | null;
    publishDate: string | null;
    mainContent: string | null;
  };
}

interface GroundTruthFile {
  url?: string;
  _internal?: { page_type?: { primary?: string } };
  ground_truth?: {
    title?: string | null;
    author?: string | null;
    publish_date?: string | null;
    main_content?: string | null;
  };
}

/** The page ids of a split, sorted, optionally only the first `limit`. */
export function wcxbPageIds(dataDir: string, split: WcxbSplit, limit?: number): string[] {
  const ids = readdirSync(join(dataDir, split, 'ground-truth'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
  return limit === undefined ? ids : ids.slice(0, limit);
}

/** Reads and gunzips one page with its ground truth. */
export function readWcxbPage(dataDir: string, split: WcxbSplit, id: string): WcxbPage {
  const truth = JSON.parse(
    readFileSync(join(dataDir, split, 'ground-truth', `${id}.json`), 'utf8'),
  ) as GroundTruthFile;
  const html = gunzipSync(readFileSync(join(dataDir, split, 'html', `${id}.html.gz`))).toString('utf8');
  const gold = truth.ground_truth ?? {};
  return {
    split,
    id,
    url: truth.url ?? null,
    pageType: truth._internal?.page_type?.primary ?? 'unknown',
    html,
    gold: {
      title: gold.title ?? null,
      author: gold.author ?? null,
      publishDate: gold.publish_date ?? null,
      mainContent: gold.main_content ?? null,
    },
  };
}
