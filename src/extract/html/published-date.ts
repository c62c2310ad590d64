import type { PublishedDate } from '../../model/document.ts';
import { collapseWhitespace } from './html-blocks.ts';
import type { JsonLdArticle } from './json-ld.ts';
import type { MetaTags } from './meta-tags.ts';
import { readMachineDate, readWrittenDate } from './date-values.ts';

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
  'article.published',
  'content_publishedtime',
  'og:published_time',
  'og:pubdate',
  'cxenseparse:recs:publishtime',
  'article:modified_time',
];

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

const PUBLISHED_HINT = /publish|posted|pubdate|date-?time|entry-date|post-date|article-date|byline|tanggal|waktu/i;
const MODIFIED_HINT = /modif|updated|update|diperbarui/i;

/** `<time>` elements and `itemprop=datePublished` elements, publication-like ones first. */
function fromTimeElements(document: Document): PublishedDate | null {
  const published = document.querySelector('[itemprop="datePublished"]');
  if (published) {
    const raw = published.getAttribute('content') ?? published.getAttribute('datetime') ?? published.textContent ?? '';
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
    const attribute = time.getAttribute('datetime');
    const date = attribute
      ? readMachineDate(attribute)
      : readWrittenDate(collapseWhitespace(time.textContent ?? ''));
    if (date) return reading(date.value, date.evidence, attribute ? 'time datetime' : 'time text');
  }
  return null;
}

/**
 * The publication date of a page from the evidence it states, most reliable first: JSON-LD
 * `datePublished`, meta tags (Open Graph, Parse.ly, Sailthru, Dublin Core...), `<time>` and
 * `itemprop` elements, then a written date in the visible byline area (`bylineTexts`).
 */
export function findPublishedDate(
  document: Document,
  jsonLd: JsonLdArticle,
  meta: MetaTags,
  bylineTexts: readonly string[],
): PublishedDate | null {
  if (jsonLd.datePublished) {
    const date = readMachineDate(jsonLd.datePublished);
    if (date) return reading(date.value, date.evidence, 'JSON-LD datePublished');
  }
  const stated = fromMeta(meta) ?? fromTimeElements(document);
  if (stated) return stated;
  for (const text of bylineTexts) {
    const date = readWrittenDate(text);
    if (date) return reading(date.value, date.evidence, 'date in the byline area');
  }
  return null;
}
