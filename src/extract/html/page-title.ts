import { collapseWhitespace } from './html-blocks.ts';
import type { JsonLdArticle } from './json-ld.ts';
import { firstMeta, type MetaTags } from './meta-tags.ts';

export interface TitleFinding {
  title: string | null;
  /** Where it was read: `og:title`, `JSON-LD headline`, `h1`, `title`. */
  source: string | null;
}

const SEPARATOR = /\s+[|–—·•»:~/-]\s+|\s+-{2}\s+|\s::\s/;

/** Text without markup; a `<title>` can hold raw tags (even scripts) as text. */
function plain(text: string): string {
  const withoutCode = text.replace(/<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ');
  return collapseWhitespace(withoutCode.replace(/<[^>]*>?/g, ' '));
}

function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function namesSite(segment: string, siteNames: readonly string[]): boolean {
  const squashed = squash(segment);
  if (squashed === '') return true;
  return siteNames.some((name) => {
    const site = squash(name);
    return site !== '' && (squashed === site || squashed.includes(site) || site.includes(squashed));
  });
}

/**
 * Drops leading or trailing segments that name the site (`Judul - Kompas.com`, `CNN | Title`).
 * With `guessTail`, a short last segment goes too even when the site's name is unknown, as
 * `<title>` almost always ends with the brand.
 */
export function stripSiteName(title: string, siteNames: readonly string[], guessTail = false): string {
  const segments = title.split(SEPARATOR);
  if (segments.length < 2) return title;
  let start = 0;
  let end = segments.length;
  while (end - start > 1 && namesSite(segments[end - 1] ?? '', siteNames)) end--;
  while (end - start > 1 && namesSite(segments[start] ?? '', siteNames)) start++;
  if (start === 0 && end === segments.length && guessTail && (segments[end - 1] ?? '').split(' ').length <= 3) end--;
  if (start === 0 && end === segments.length) return title;
  const kept = segments.slice(start, end);
  return rejoin(title, kept);
}

/** Re-joins kept segments with the separators they had in the original. */
function rejoin(title: string, kept: readonly string[]): string {
  const first = kept[0] ?? '';
  const last = kept[kept.length - 1] ?? '';
  const from = title.indexOf(first);
  const to = title.lastIndexOf(last) + last.length;
  return from >= 0 && to > from ? title.slice(from, to).trim() : kept.join(' - ');
}

function mainHeading(document: Document): string | null {
  const headings = Array.from(document.body?.querySelectorAll('h1') ?? []);
  const inArticle = headings.find((h1) => h1.closest('article, main, [itemprop="headline"]') !== null);
  for (const heading of inArticle ? [inArticle, ...headings] : headings) {
    const text = plain(heading.textContent ?? '');
    if (text.length >= 8) return text;
  }
  return null;
}

/**
 * The headline: Open Graph / Twitter title or JSON-LD headline (site name removed), else the
 * page's main `<h1>`, else `<title>` with its brand segment removed.
 */
export function findTitle(
  document: Document,
  jsonLd: JsonLdArticle,
  meta: MetaTags,
  siteNames: readonly string[],
): TitleFinding {
  const social = firstMeta(meta, ['og:title', 'twitter:title']);
  if (social) {
    const title = stripSiteName(plain(social.value), siteNames);
    if (title !== '') return { title, source: social.key };
  }
  if (jsonLd.headline) {
    const title = stripSiteName(plain(jsonLd.headline), siteNames);
    if (title !== '') return { title, source: 'JSON-LD headline' };
  }
  const heading = mainHeading(document);
  if (heading !== null) return { title: heading, source: 'h1' };
  const titleTag = plain(document.querySelector('title')?.textContent ?? '');
  if (titleTag !== '') return { title: stripSiteName(titleTag, siteNames, true), source: 'title' };
  return { title: null, source: null };
}
