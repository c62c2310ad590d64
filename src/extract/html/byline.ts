import { readWrittenDate } from './date-values.ts';
import { collapseWhitespace, textLines } from './html-blocks.ts';
import type { JsonLdArticle } from './json-ld.ts';
import { firstMeta, type MetaTags, twitterLabelledData } from './meta-tags.ts';
import { BYLINE_LABEL, EDITOR_LABEL } from './page-phrases.ts';

export interface BylineFinding {
  /** Author names joined with `, `, or null. */
  byline: string | null;
  /** Where the names were read: `JSON-LD author`, `meta author`, `visible byline`... */
  source: string | null;
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
  'a[href*="/author/"]',
  'a[href*="/authors/"]',
  'a[href*="/penulis/"]',
  'a[href*="/reporter/"]',
  'a[href*="/profil/"]',
  '[class*="byline" i]',
  '[class*="author" i]',
  '[class*="penulis" i]',
  '[class*="reporter" i]',
  '[id*="byline" i]',
  '[id*="author" i]',
].join(',');

const NOT_A_NAME =
  /https?:|www\.|\w\.(?:com|co|id|net|org|news|tv)\b|@|\d{3}|\b(?:admin|administrator|redaksi|editorial|unknown|guest|full bio|the author|about the author|view all|all posts|more from|profile|follow)\b/i;
/** A label glued to the name by markup without spaces: `BySummer Swann`, `Reyan PerumalPublished`. */
const GLUED_LABEL = /^(?:written by|posted by|by|oleh)(?=\p{Lu})/iu;
const GLUED_TAIL = /(?<=\p{Ll})(?:Published|Updated|Posted|Diperbarui|Dipublikasikan|Reviewed)\b.*$/u;
/** `, Kompas.com` / `- detikNews.com`: the outlet after the writer's name. */
const OUTLET_TAIL = /[,(]\s*[\w.-]+\.(?:com|co|id|net|org|news|tv)\b.*$/i;
const NAME_END =
  /\s[|•·–—]\s|\s-\s|\n|\s\/\s|,?\s+(?:on|pada|updated|published|diperbarui|posted)\s|\s\d{1,2}[\s/.-]/i;

/**
 * The name(s) in a byline text, without labels, dates or trailing roles; null when it is no name.
 * Visible text must start with a capital; structured fields (JSON-LD, meta) may be lower case.
 */
export function cleanAuthorName(raw: string, visible = true): string | null {
  let text = collapseWhitespace(raw.replace(/<[^>]*>/g, ' '));
  if (EDITOR_LABEL.test(text)) return null;
  text = text.replace(GLUED_LABEL, '').replace(GLUED_TAIL, '').replace(OUTLET_TAIL, '');
  const date = readWrittenDate(text);
  if (date !== null) text = text.slice(0, text.indexOf(date.evidence));
  for (let guard = 0; guard < 3 && BYLINE_LABEL.test(text); guard++) text = text.replace(BYLINE_LABEL, '');
  text = text.split(NAME_END)[0] ?? '';
  text = text.replace(/^[\s:,-]+|[\s:,.-]+$/g, '');
  if (text.length < 3 || text.length > 80 || NOT_A_NAME.test(text)) return null;
  if (text.split(' ').length > 10 || (visible && !/^\p{Lu}/u.test(text))) return null;
  return text;
}

function joinNames(names: readonly string[], visible: boolean): string | null {
  const cleaned: string[] = [];
  for (const name of names) {
    const clean = cleanAuthorName(name, visible);
    if (clean === null) continue;
    if (!cleaned.some((seen) => seen.toLowerCase() === clean.toLowerCase())) cleaned.push(clean);
  }
  return cleaned.length === 0 ? null : cleaned.join(', ');
}

function visibleBylineNames(document: Document): string | null {
  let checked = 0;
  for (const element of Array.from(document.body?.querySelectorAll(BYLINE_SELECTOR) ?? [])) {
    const text = textLines(element)
      .map((line) => line.text)
      .join(' ');
    if (text === '' || text.length > 120) continue;
    const name = cleanAuthorName(text);
    if (name !== null) return name;
    if (++checked >= 20) break;
  }
  return null;
}

/** A line that is only a byline label ("Written by", "Penulis"), its name on the next line. */
const LABEL_ONLY = /^(?:written by|posted by|by|oleh|penulis|reporter|author|ditulis oleh)\s*:?$/i;

/** "By Name" / "Oleh Name" / "Penulis: Name" in the page's text lines around the story's start. */
export function bylineInLines(lines: readonly string[]): string | null {
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (line.length > 100) continue;
    if (LABEL_ONLY.test(line)) {
      const name = cleanAuthorName(lines[index + 1] ?? '');
      if (name !== null) return name;
    } else if (BYLINE_LABEL.test(line) && !/^author/i.test(line)) {
      const name = cleanAuthorName(line);
      if (name !== null && name.split(' ').length <= 6) return name;
    }
  }
  return null;
}

/**
 * The article's author(s), from what the page states, most reliable first: JSON-LD persons,
 * author meta tags (plain, Open Graph, Parse.ly, Sailthru, Dublin Core, Twitter "Written by"),
 * visible byline elements (`rel=author`, `itemprop=author`, author links, byline classes), a
 * "By …"/"Oleh …" line near the story's start (`nearbyLines`), and last a JSON-LD organisation.
 * Domain names ("Kompas.com") are outlets, not authors; a blog's owner may well be both.
 */
export function findByline(
  document: Document,
  jsonLd: JsonLdArticle,
  meta: MetaTags,
  nearbyLines: readonly string[],
): BylineFinding {
  const persons = jsonLd.authors.filter((author) => !author.organisation).map((author) => author.name);
  const fromJsonLd = joinNames(persons, false);
  if (fromJsonLd !== null) return { byline: fromJsonLd, source: 'JSON-LD author' };
  const metaAuthor = firstMeta(meta, AUTHOR_META_KEYS);
  const fromMeta = metaAuthor ? joinNames(meta.get(metaAuthor.key) ?? [], false) : null;
  if (fromMeta !== null && metaAuthor) return { byline: fromMeta, source: `meta ${metaAuthor.key}` };
  const twitterAuthor = twitterLabelledData(meta, /written by|ditulis oleh|penulis|author/i);
  const fromTwitter = twitterAuthor === null ? null : joinNames([twitterAuthor], false);
  if (fromTwitter !== null) return { byline: fromTwitter, source: 'meta twitter:data' };
  const visible = visibleBylineNames(document);
  if (visible !== null) return { byline: visible, source: 'visible byline' };
  const inText = bylineInLines(nearbyLines);
  if (inText !== null) return { byline: inText, source: 'byline line' };
  const organisations = jsonLd.authors.filter((author) => author.organisation).map((author) => author.name);
  const fromOrganisation = joinNames(organisations, false);
  return fromOrganisation === null
    ? { byline: null, source: null }
    : { byline: fromOrganisation, source: 'JSON-LD organisation author' };
}
