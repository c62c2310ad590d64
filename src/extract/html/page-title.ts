import { collapseWhitespace, textLines } from './html-blocks.ts';
import { decodeEntities } from './html-entities.ts';
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
  return collapseWhitespace(decodeEntities(withoutCode.replace(/<[^>]*>?/g, ' ')));
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
  if (start === 0 && end === segments.length && guessTail && (segments[end - 1] ?? '').split(' ').length <= 3)
    end--;
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

function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Share of words two titles have in common (Dice coefficient over word sets). */
function titleSimilarity(a: string, b: string): number {
  const left = wordSet(a);
  const right = wordSet(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return (2 * shared) / (left.size + right.size);
}

/** An `<h1>` that is the site's logo: it links to the home page. */
function isLogoHeading(heading: Element): boolean {
  const link = heading.querySelector('a[href]');
  if (link === null) return false;
  const href = link.getAttribute('href') ?? '';
  return href === '/' || /^https?:\/\/[^/]+\/?$/i.test(href);
}

function headings(document: Document): string[] {
  const texts: string[] = [];
  for (const heading of Array.from(document.body?.querySelectorAll('h1') ?? [])) {
    if (isLogoHeading(heading)) continue;
    const text = plain(
      textLines(heading)
        .map((line) => line.text)
        .join(' '),
    );
    if (text.length >= 3 && text.length <= 300 && !texts.includes(text)) texts.push(text);
  }
  return texts;
}

/** Stated titles (social, JSON-LD, `<title>`), each with the site's name cut off. */
function statedTitles(
  document: Document,
  jsonLd: JsonLdArticle,
  meta: MetaTags,
  siteNames: readonly string[],
) {
  const stated: { title: string; source: string }[] = [];
  const social = firstMeta(meta, ['og:title', 'twitter:title']);
  if (social) stated.push({ title: stripSiteName(plain(social.value), siteNames), source: social.key });
  if (jsonLd.headline)
    stated.push({ title: stripSiteName(plain(jsonLd.headline), siteNames), source: 'JSON-LD headline' });
  const titleTag = plain(document.querySelector('title')?.textContent ?? '');
  if (titleTag) stated.push({ title: stripSiteName(titleTag, siteNames, true), source: 'title' });
  return stated.filter((entry) => entry.title !== '');
}

/** Fewest shared words (Dice) for an `<h1>` to count as the stated title's visible form. */
const HEADING_AGREEMENT = 0.5;

/**
 * The headline. The visible `<h1>` that agrees best with a stated title (Open Graph, Twitter,
 * JSON-LD headline, `<title>`) wins, as it is what readers see; otherwise the first stated title
 * (site name cut off); otherwise the first `<h1>`.
 */
export function findTitle(
  document: Document,
  jsonLd: JsonLdArticle,
  meta: MetaTags,
  siteNames: readonly string[],
): TitleFinding {
  const stated = statedTitles(document, jsonLd, meta, siteNames);
  const visible = headings(document);
  let best: string | null = null;
  let bestAgreement = 0;
  for (const heading of visible) {
    for (const { title } of stated) {
      const agreement = titleSimilarity(heading, title);
      if (agreement > bestAgreement) {
        best = heading;
        bestAgreement = agreement;
      }
    }
  }
  if (best !== null && bestAgreement >= HEADING_AGREEMENT) return { title: best, source: 'h1' };
  const first = stated[0];
  if (first) return first;
  const heading = visible.find((text) => text.length >= 8) ?? visible[0];
  return heading ? { title: heading, source: 'h1' } : { title: null, source: null };
}

/** Every form of the headline a page shows (for removing its repeats from the body). */
export function titleVariants(
  document: Document,
  jsonLd: JsonLdArticle,
  meta: MetaTags,
  siteNames: readonly string[],
): string[] {
  return [
    ...statedTitles(document, jsonLd, meta, siteNames).map((entry) => entry.title),
    ...headings(document),
  ];
}
