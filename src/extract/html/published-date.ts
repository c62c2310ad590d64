import type { PublishedDate } from '../../model/document.ts';
import { readMachineDate, readWrittenDate } from './date-values.ts';
import { collapseWhitespace } from './html-blocks.ts';
import type { JsonLdArticle } from './json-ld.ts';
import type { MetaTags } from './meta-tags.ts';

/** Meta keys that state the publication time, most specific first. */
const PUBLISHED_META_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'article:published',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'published',
  'publication_date',
  'pub_date',
  'article.published',
  'content_publishedtime',
  'og:published_time',
  'og:pubdate',
  'cxenseparse:recs:publishtime',
];

const MODIFIED_META_KEYS = ['article:modified_time', 'og:updated_time', 'datemodified', 'last-modified'];

function reading(value: string, evidence: string, reasoning: string): PublishedDate {
  return { value, evidence, inferred: false, reasoning };
}

function fromMeta(meta: MetaTags): PublishedDate | null {
  for (const key of PUBLISHED_META_KEYS) {
    for (const raw of meta.get(key) ?? []) {
      const date = readMachineDate(raw);
      if (date) return reading(date.value, date.evidence, `meta ${key}`);
    }
  }
  return null;
}

const PUBLISHED_HINT =
  /publish|posted|pubdate|date-?time|entry-date|post-date|article-date|byline|tanggal|waktu/i;
const MODIFIED_HINT = /modif|updated|update|diperbarui/i;

/** `<time>` elements and `itemprop=datePublished` elements, publication-like ones first. */
function fromTimeElements(document: Document): PublishedDate | null {
  const published = document.querySelector('[itemprop="datePublished"]');
  if (published) {
    const raw =
      published.getAttribute('content') ?? published.getAttribute('datetime') ?? published.textContent ?? '';
    const date = readMachineDate(collapseWhitespace(raw));
    if (date) return reading(date.value, date.evidence, 'itemprop datePublished');
  }
  const times = Array.from(document.querySelectorAll('time'));
  const hintOf = (time: Element): string =>
    `${time.getAttribute('class') ?? ''} ${time.getAttribute('itemprop') ?? ''} ${time.parentElement?.getAttribute('class') ?? ''}`;
  const ordered = [
    ...times.filter((time) => time.hasAttribute('pubdate') || PUBLISHED_HINT.test(hintOf(time))),
    ...times.filter((time) => !MODIFIED_HINT.test(hintOf(time))),
  ];
  for (const time of ordered) {
    // linkedom keeps attribute names as written, and React pages write `dateTime`.
    const attribute = time.getAttribute('datetime') ?? time.getAttribute('dateTime');
    const date = attribute
      ? readMachineDate(attribute)
      : readMachineDate(collapseWhitespace(time.textContent ?? ''));
    if (date) return reading(date.value, date.evidence, attribute ? 'time datetime' : 'time text');
  }
  return null;
}

const DATE_AREA_SELECTOR =
  '[class*="byline" i],[class*="date" i],[class*="posted" i],[class*="published" i],[class*="meta" i],[class*="tanggal" i],[class*="waktu" i]';

function dateAreaTexts(document: Document): string[] {
  const texts: string[] = [];
  for (const element of Array.from(document.body?.querySelectorAll(DATE_AREA_SELECTOR) ?? [])) {
    const text = collapseWhitespace(element.textContent ?? '');
    if (text !== '' && text.length <= 120 && !MODIFIED_HINT.test(text)) texts.push(text);
    if (texts.length >= 12) break;
  }
  return texts;
}

/** Pages in these languages write numeric dates day first (`05/07/2025` is 5 July). */
const DAY_FIRST_LANGUAGES = /^(?:id|ms|en-(?:gb|au|nz|in|sg|id)|nl|de|fr|es|it|pt)\b/i;

function writesDayFirst(document: Document): boolean {
  return DAY_FIRST_LANGUAGES.test(document.documentElement?.getAttribute('lang') ?? '');
}

function fromWrittenDates(
  texts: readonly string[],
  reasoning: string,
  dayFirst: boolean,
): PublishedDate | null {
  for (const text of texts) {
    if (text.length > 200) continue;
    const date = readWrittenDate(text, dayFirst);
    if (date) return reading(date.value, date.evidence, reasoning);
  }
  return null;
}

function fromModifiedMeta(meta: MetaTags): PublishedDate | null {
  for (const key of MODIFIED_META_KEYS) {
    const date = readMachineDate(meta.get(key)?.[0] ?? '');
    if (date) {
      return {
        ...date,
        inferred: true,
        reasoning: `no publication date stated; meta ${key} (last modified) used`,
      };
    }
  }
  return null;
}

/**
 * The publication date of a page from the evidence it states, most reliable first: JSON-LD
 * `datePublished`, meta tags (Open Graph, Parse.ly, Sailthru, Dublin Core...), `<time>` and
 * `itemprop` elements, a written date in date/byline elements, a written date in the lines
 * around the story's start (`nearbyLines`); last, the modification time, marked inferred.
 */
export function findPublishedDate(
  document: Document,
  jsonLd: JsonLdArticle,
  meta: MetaTags,
  nearbyLines: readonly string[],
): PublishedDate | null {
  if (jsonLd.datePublished) {
    const date = readMachineDate(jsonLd.datePublished);
    if (date) return reading(date.value, date.evidence, 'JSON-LD datePublished');
  }
  const dayFirst = writesDayFirst(document);
  return (
    fromMeta(meta) ??
    fromTimeElements(document) ??
    fromWrittenDates(dateAreaTexts(document), 'written date in a date or byline element', dayFirst) ??
    fromWrittenDates(nearbyLines, 'written date near the story start', dayFirst) ??
    fromModifiedMeta(meta)
  );
}
