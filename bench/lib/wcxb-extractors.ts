import { extractFromHtml } from '../../src/extract/html/extract-html.ts';
import { parseDocument } from '../../src/extract/html/parse-document.ts';
import { readabilityOn } from '../../src/extract/html/readability-body.ts';

/** What the benchmark compares: the body text and three metadata fields. */
export interface BenchExtraction {
  text: string;
  title: string | null;
  author: string | null;
  date: string | null;
}

export interface BenchExtractor {
  name: string;
  run(html: string, url: string | null): BenchExtraction;
}

const REFERENCE_DATE = new Date('2026-01-01T00:00:00Z');

export const wartaExtractor: BenchExtractor = {
  name: 'warta extractFromHtml',
  run(html, url) {
    const result = extractFromHtml(html, { hints: {}, url, referenceDate: REFERENCE_DATE });
    return {
      text: result.text,
      title: result.title,
      author: result.byline,
      date: result.published?.value ?? null,
    };
  },
};

/** Plain Mozilla Readability on a linkedom document, its article serialised with the same line rules. */
export const readabilityExtractor: BenchExtractor = {
  name: '@mozilla/readability 0.6',
  run(html) {
    try {
      const result = readabilityOn(parseDocument(html));
      return {
        text: result?.paragraphs.join('\n\n') ?? '',
        title: result?.title ?? null,
        author: result?.byline ?? null,
        date: result?.publishedTime ?? null,
      };
    } catch {
      return { text: '', title: null, author: null, date: null };
    }
  },
};
