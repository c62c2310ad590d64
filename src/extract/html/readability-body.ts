import { Readability } from '@mozilla/readability';
import { textLines } from './html-blocks.ts';

/** What Mozilla Readability finds in a page, its body cut into our text lines. */
export interface ReadabilityResult {
  paragraphs: string[];
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
  siteName: string | null;
}

/**
 * Runs Mozilla Readability on `document` (which it mutates) and serialises its article element
 * with the same line rules as our own extractor, so both are judged on equal text.
 */
export function readabilityOn(document: Document): ReadabilityResult | null {
  const reader = new Readability<Element | null>(document, { serializer: (node) => node as Element });
  const article = reader.parse();
  if (!article) return null;
  const content = article.content ?? null;
  return {
    paragraphs: content ? textLines(content).map((line) => line.text) : [],
    title: article.title?.trim() || null,
    byline: article.byline?.trim() || null,
    publishedTime: article.publishedTime?.trim() || null,
    siteName: article.siteName?.trim() || null,
  };
}
