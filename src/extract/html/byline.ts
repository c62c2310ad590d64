import { collapseWhitespace } from './html-blocks.ts';
import type { JsonLdArticle } from './json-ld.ts';
import { firstMeta, type MetaTags, twitterLabelledData } from './meta-tags.ts';
import { BYLINE_LABEL, EDITOR_LABEL } from './page-phrases.ts';

export interface BylineFinding {
  /** Author names joined with `, `, or null. */
  byline: string | null;
  /** Where the names were read: `JSON-LD author`, `meta author`, `visible .byline`... */
  source: string | null;
  /** Short visible texts of the byline area (names, dates), for the date finder. */
  areaTexts: string[];
}

const AUTHOR_META_KEYS = [
  'author',
  'article:author',
  'parsely-author',
  'sailthru.author',
  'dc.creator',
  'dcterms.creator',
  'byl',
  'content_author',
  'cxenseparse:author',
];

const BYLINE_SELECTOR = [
  '[rel~="author"]',
  '[itemprop~="author"]',
  '[class*="byline" i]',
  '[class*="author" i]',
  '[class*="penulis" i]',
  '[class*="reporter" i]',
  '[id*="byline" i]',
  '[id*="author" i]',
].join(',');

const AREA_SELECTOR = `${BYLINE_SELECTOR},[class*="meta" i],[class*="date" i],[class*="posted" i],[class*="published" i],[class*="tanggal" i]`;

const NOT_A_NAME = /https?:|www\.|@|\d{3}|\b(?:admin|administrator|staff|redaksi|team|editorial|unknown|guest)\b/i;

/** The name(s) in a byline text, without labels, dates or trailing roles; null when it is no name. */
export function cleanAuthorName(raw: string): string | null {
  let text = collapseWhitespace(raw.replace(/<[^>]*>/g, ' '));
  if (EDITOR_LABEL.test(text)) return null;
  for (let guard = 0; guard < 3 && BYLINE_LABEL.test(text); guard++) text = text.replace(BYLINE_LABEL, '');
  text = text.split(/\s[|•·–—]\s|\s-\s|\n|\s\/\s|,?\s+(?:on|pada|updated|published|diperbarui|posted)\s/i)[0] ?? '';
  text = text.replace(/^[\s:,-]+|[\s:,.-]+$/g, '');
  if (text.length < 3 || text.length > 80 || NOT_A_NAME.test(text)) return null;
  if (text.split(' ').length > 10 || !/^\p{Lu}/u.test(text)) return null;
  return text;
}

function joinNames(names: readonly string[]): string | null {
  const cleaned: string[] = [];
  for (const name of names) {
    const clean = cleanAuthorName(name);
    if (clean !== null && !cleaned.some((seen) => seen.toLowerCase() === clean.toLowerCase())) cleaned.push(clean);
  }
  return cleaned.length === 0 ? null : cleaned.join(', ');
}

function visibleBylineTexts(document: Document, selector: string): string[] {
  const texts: string[] = [];
  for (const element of Array.from(document.body?.querySelectorAll(selector) ?? [])) {
    const text = collapseWhitespace(element.textContent ?? '');
    if (text !== '' && text.length <= 120 && !texts.includes(text)) texts.push(text);
    if (texts.length >= 12) break;
  }
  return texts;
}

/**
 * The article's author(s), from what the page states, most reliable first: JSON-LD `author`,
 * author meta tags (plain, Open Graph, Parse.ly, Sailthru, Dublin Core, Twitter "Written by"),
 * then visible byline elements (`rel=author`, `itemprop=author`, byline/author classes).
 */
export function findByline(document: Document, jsonLd: JsonLdArticle, meta: MetaTags): BylineFinding {
  const areaTexts = visibleBylineTexts(document, AREA_SELECTOR);
  const fromJsonLd = joinNames(jsonLd.authors);
  if (fromJsonLd !== null) return { byline: fromJsonLd, source: 'JSON-LD author', areaTexts };
  const metaAuthor = firstMeta(meta, AUTHOR_META_KEYS);
  const fromMeta = metaAuthor ? joinNames(meta.get(metaAuthor.key) ?? []) : null;
  if (fromMeta !== null && metaAuthor) return { byline: fromMeta, source: `meta ${metaAuthor.key}`, areaTexts };
  const twitterAuthor = twitterLabelledData(meta, /written by|ditulis oleh|penulis|author/i);
  const fromTwitter = twitterAuthor === null ? null : joinNames([twitterAuthor]);
  if (fromTwitter !== null) return { byline: fromTwitter, source: 'meta twitter:data', areaTexts };
  for (const text of visibleBylineTexts(document, BYLINE_SELECTOR)) {
    const name = cleanAuthorName(text);
    if (name !== null) return { byline: name, source: 'visible byline', areaTexts };
  }
  return { byline: null, source: null, areaTexts };
}
