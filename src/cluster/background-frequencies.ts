import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BackgroundFrequencies } from './events/term-statistics.ts';

/**
 * Document frequencies of stemmed terms in a reference news corpus, shipped as
 * `models/cluster-df-<language>.tsv` (built by bench/cluster-background-df.ts). The first line is
 * `#documents<TAB>N`, then `stem<TAB>df` lines.
 */

const MODELS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../models');

export function backgroundPath(language: string): string {
  return resolve(MODELS_DIR, `cluster-df-${language}.tsv`);
}

export function parseBackground(language: string, tsv: string): BackgroundFrequencies {
  let documents = 0;
  const frequencies = new Map<string, number>();
  for (const line of tsv.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    const key = line.slice(0, tab);
    const value = Number(line.slice(tab + 1));
    if (key === '#documents') documents = value;
    else frequencies.set(key, value);
  }
  return { language, documents, frequencies };
}

export function formatBackground(background: BackgroundFrequencies): string {
  const rows = [...background.frequencies].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return `#documents\t${background.documents}\n${rows.map(([key, df]) => `${key}\t${df}`).join('\n')}\n`;
}

const SHIPPED_LANGUAGES = ['id'];
let shipped: BackgroundFrequencies[] | undefined;

/** The shipped backgrounds (Indonesian), loaded once; languages whose file is absent are skipped. */
export function shippedBackgrounds(): BackgroundFrequencies[] {
  shipped ??= SHIPPED_LANGUAGES.filter((language) => existsSync(backgroundPath(language))).map((language) =>
    parseBackground(language, readFileSync(backgroundPath(language), 'utf8')),
  );
  return shipped;
}
