import { readFileSync } from 'node:fs';
import { sharedPath } from '../../test/support/shared.ts';

/** One IndoSum article joined back into raw text. */
export interface IndosumArticle {
  id: string;
  outlet: string;
  category: string;
  url: string;
  /** The id's unix-timestamp prefix, as a date. */
  published: Date;
  title: string;
  paragraphs: string[];
}

const NO_SPACE_BEFORE = new Set([',', '.', ':', ';', '!', '?', ')', ']', '%', '”', '’']);
const NO_SPACE_AFTER = new Set(['(', '[', '“', '‘', '$']);

/** Joins IndoSum's tokens back into text: no space before closing punctuation, quotes paired. */
export function detokenize(tokens: string[]): string {
  let out = '';
  let quoteOpen = false;
  let glueNext = true;
  for (const token of tokens) {
    let glue = glueNext || NO_SPACE_BEFORE.has(token) || token === '/' || out.endsWith('/');
    glueNext = NO_SPACE_AFTER.has(token);
    if (token === '"') {
      if (quoteOpen) glue = true;
      else glueNext = true;
      quoteOpen = !quoteOpen;
    }
    out += glue ? token : ` ${token}`;
  }
  return out;
}

function titleFromId(id: string): string {
  const slug = id.replace(/^\d+-/, '').replace(/-/g, ' ');
  return slug.charAt(0).toUpperCase() + slug.slice(1);
}

/** Every article of the IndoSum dev union in ../shared, in file order. */
export function readIndosum(): IndosumArticle[] {
  const lines = readFileSync(sharedPath('data', 'news', 'indosum', 'indosum_dev_union.jsonl'), 'utf8').split(
    '\n',
  );
  const articles: IndosumArticle[] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as {
      id: string;
      source: string;
      category: string;
      source_url: string;
      paragraphs: string[][][];
    };
    articles.push({
      id: row.id,
      outlet: row.source,
      category: row.category,
      url: row.source_url,
      published: new Date(Number(row.id.split('-')[0]) * 1000),
      title: titleFromId(row.id),
      paragraphs: row.paragraphs.map((sentences) => detokenize(sentences.flat())),
    });
  }
  return articles;
}

/** An article as a scraper would have saved it: headline, blank line, paragraphs. */
export function asScrapedText(article: IndosumArticle): string {
  return `${article.title}\n\n${article.paragraphs.join('\n\n')}\n`;
}
