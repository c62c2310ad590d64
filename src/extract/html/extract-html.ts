/**
 * HTML article extraction. The cascade, in order:
 *
 *  1. Parse with linkedom (parse-document.ts). Closing `</body>`/`</html>` tags are dropped,
 *     fragments wrapped, stray top-level nodes moved into the body, so there is always a body
 *     holding everything a browser would show. Nothing below throws: a failure becomes a
 *     diagnostic and an empty result.
 *  2. Read the stated metadata: JSON-LD (Article types, `@graph`, arrays, `@id` references) and
 *     `<meta>` tags (Open Graph, Twitter, Parse.ly, Sailthru, Dublin Core).
 *  3. Outlet: `og:site_name`, else the JSON-LD publisher, else the source's hint, else the URL's
 *     host, each with the string it rests on; never guessed from the text.
 *  4. Title: the visible `<h1>` that agrees with a stated title (og:title, twitter:title, JSON-LD
 *     headline, `<title>`), else the first stated title with the site's name cut off, else `<h1>`.
 *  5. Body, our own cascade (main-content.ts), which never changes the document:
 *     a. cut the body into text lines, one per block (p, li, h2–h6, blockquote, table row…),
 *        each knowing its element and how much of it is link text;
 *     b. mark page furniture: nav/aside/footer/header/form/figcaption tags, navigation roles,
 *        hidden elements, caption and credit classes, and class/id words of share bars, related
 *        lists, promos, newsletters, comments, ads — unless the element holds much of the
 *        page's prose, and never so much that most of the prose would go;
 *     c. drop second copies of long lines (pages that render the story twice);
 *     d. score the rest: each prose line (long, few links) adds its length to every ancestor,
 *        link lists subtract theirs, stray short lines a little; the best element wins, unless a
 *        story-named one (`entry-content`, `article-body`, `itemprop=articleBody`) holds a fair
 *        share of its score; a story split over same-class blocks is taken whole;
 *     e. filter the winner's lines: link-dense lines, "Baca juga"/"Read more" leads, share and
 *        ad labels, the repeated title, byline and date lines, labels dangling at the end.
 *  6. Byline: JSON-LD persons, author meta tags, visible byline elements and author links, a
 *     "By …"/"Oleh …"/"Penulis: …" line near the story's start, last a JSON-LD organisation.
 *  7. Published: JSON-LD `datePublished`, meta tags, `<time>`/`itemprop`, a written date in date
 *     or byline elements or near the story's start; the clock time is kept (`YYYY-MM-DDTHH:MM`)
 *     when the evidence has one. Only the modification time left: used, marked inferred.
 *  8. Judge the body: when ours is thin (little text, or far less than the page's prose), run
 *     Mozilla Readability on the same document (last, as it mutates it) and keep its body when
 *     clearly richer.
 *  9. Join paragraphs with one blank line; an empty body yields `extract/empty-body`.
 */
import type { Diagnostic } from '../../model/diagnostic.ts';
import type { PublishedDate } from '../../model/document.ts';
import type { ExtractContext, TextExtraction } from '../types.ts';
import { findByline } from './byline.ts';
import { readMachineDate } from './date-values.ts';
import { readJsonLd } from './json-ld.ts';
import { extractMainContent, linesAroundStory, type MainContent } from './main-content.ts';
import { firstMeta, readMetaTags } from './meta-tags.ts';
import { findTitle, titleVariants } from './page-title.ts';
import { parseDocument } from './parse-document.ts';
import { findPublishedDate } from './published-date.ts';
import { readabilityOn } from './readability-body.ts';

const STAGE = 'extract';

/** Below this many characters our body is thin enough to ask Readability for a second opinion. */
const THIN_BODY_CHARS = 400;
/** …or when it holds less than this share of the page's prose. */
const THIN_PROSE_SHARE = 0.35;
/** Readability's body replaces ours only when it is this many times longer. */
const READABILITY_GAIN = 1.5;

function diagnostic(rule: string, message: string, severity: Diagnostic['severity']): Diagnostic {
  return { stage: STAGE, rule, message, severity };
}

function emptyExtraction(diagnostics: Diagnostic[]): TextExtraction {
  return {
    text: '',
    removed: [],
    title: null,
    section: null,
    byline: null,
    outlet: null,
    published: null,
    diagnostics,
  };
}

function hostOf(url: string | null): string | null {
  if (url === null) return null;
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

function findOutlet(
  meta: ReturnType<typeof readMetaTags>,
  publisher: string | null,
  ctx: ExtractContext,
): TextExtraction['outlet'] {
  const siteName = firstMeta(meta, ['og:site_name', 'application-name'])?.value.trim();
  if (siteName) return { name: siteName, evidence: siteName };
  if (publisher) return { name: publisher, evidence: publisher };
  if (ctx.hints.outlet) return { name: ctx.hints.outlet, evidence: ctx.hints.outlet };
  const host = hostOf(ctx.url ?? ctx.hints.url ?? null);
  return host === null ? null : { name: host.replace(/^www\./, ''), evidence: host };
}

function publishedFromHint(hint: string | undefined, diagnostics: Diagnostic[]): PublishedDate | null {
  if (!hint?.trim()) return null;
  const date = readMachineDate(hint);
  if (date === null) {
    const message = `The source gives the publication date '${hint}', which could not be read.`;
    diagnostics.push(diagnostic('published/unparseable-hint', message, 'warning'));
    return null;
  }
  return { ...date, inferred: false, reasoning: 'published date given by the source' };
}

/** Pages that render the story twice (desktop and mobile copies) give Readability both. */
function withoutRepeatedParagraphs(paragraphs: readonly string[]): string[] {
  const seen = new Set<string>();
  return paragraphs.filter((paragraph) => {
    if (paragraph.length < 40) return true;
    if (seen.has(paragraph)) return false;
    seen.add(paragraph);
    return true;
  });
}

function charCount(paragraphs: readonly string[]): number {
  return paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);
}

/**
 * Step 7: our body, or Readability's when ours is thin and Readability finds clearly more.
 * Readability runs on the same document (saving a second parse): it mutates it, so this must be
 * the last thing to read the document.
 */
function bestBody(document: Document, own: MainContent): { paragraphs: string[]; usedReadability: boolean } {
  const ownChars = charCount(own.paragraphs);
  const thin = ownChars < THIN_BODY_CHARS || ownChars < own.pageProseChars * THIN_PROSE_SHARE;
  if (!thin) return { paragraphs: own.paragraphs, usedReadability: false };
  const other = readabilityOrNull(document);
  const otherParagraphs = other === null ? [] : withoutRepeatedParagraphs(other.paragraphs);
  if (charCount(otherParagraphs) > ownChars * READABILITY_GAIN) {
    return { paragraphs: otherParagraphs, usedReadability: true };
  }
  return { paragraphs: own.paragraphs, usedReadability: false };
}

function readabilityOrNull(document: Document): ReturnType<typeof readabilityOn> {
  try {
    return readabilityOn(document);
  } catch {
    return null;
  }
}

function extractFromDocument(document: Document, ctx: ExtractContext): TextExtraction {
  const diagnostics: Diagnostic[] = [];
  const meta = readMetaTags(document);
  const jsonLd = readJsonLd(document);
  const outlet = findOutlet(meta, jsonLd.publisher, ctx);
  const siteNames = [outlet?.name, hostOf(ctx.url)?.replace(/^www\./, '')].filter((n): n is string => !!n);
  const title = findTitle(document, jsonLd, meta, siteNames).title ?? ctx.hints.title ?? null;
  const titles = title === null ? [] : [title];
  const own = extractMainContent(document, [...titles, ...titleVariants(document, jsonLd, meta, siteNames)]);
  const nearbyLines = linesAroundStory(own);
  const byline = findByline(document, jsonLd, meta, nearbyLines);
  const published =
    findPublishedDate(document, jsonLd, meta, nearbyLines) ?? publishedFromHint(ctx.hints.published, diagnostics);
  const section =
    jsonLd.section ??
    firstMeta(meta, ['article:section', 'parsely-section', 'section'])?.value ??
    ctx.hints.section ??
    null;
  const body = bestBody(document, own);
  if (body.usedReadability) {
    diagnostics.push(
      diagnostic('extract/readability-fallback', 'own body was thin; used Readability', 'info'),
    );
  }
  const text = body.paragraphs.join('\n\n');
  if (text === '')
    diagnostics.push(diagnostic('extract/empty-body', 'no body text found in the page', 'warning'));
  // Readability's body may hold pieces our cascade set aside; list only what is really gone.
  const removed = body.usedReadability
    ? own.removed.filter((piece) => !text.includes(piece.text))
    : own.removed;
  return {
    text,
    removed,
    title,
    section: section?.trim() || null,
    byline: byline.byline ?? ctx.hints.byline ?? null,
    outlet,
    published,
    diagnostics,
  };
}

/** Extracts the article of an HTML page: clean body, title, outlet, byline, section, published. */
export function extractFromHtml(html: string, ctx: ExtractContext): TextExtraction {
  if (html.trim() === '') {
    return emptyExtraction([diagnostic('extract/empty-body', 'the page is empty', 'warning')]);
  }
  try {
    return extractFromDocument(parseDocument(html), ctx);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return emptyExtraction([
      diagnostic('extract/html-failed', `HTML extraction failed: ${message}`, 'error'),
      diagnostic('extract/empty-body', 'no body text found in the page', 'warning'),
    ]);
  }
}
