import { parseFeed } from '@rowanmanning/feed-parser';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { SourceHints } from '../model/document.ts';
import { failureItem, type IngestItem } from './failure.ts';
import { findXmlProblem } from './xml-structure.ts';

type Feed = ReturnType<typeof parseFeed>;
type FeedItem = Feed['items'][number];

export interface FeedOrigin {
  /** The path or URL as given; items become `source#N`. */
  source: string;
  encoding: string;
  diagnostics: Diagnostic[];
  /** Where the feed was fetched from, to resolve relative item links. */
  url: string | null;
}

function absoluteUrl(link: string | null, base: string | null): string | null {
  if (!link) return null;
  try {
    return new URL(link, base ?? undefined).href;
  } catch {
    return link;
  }
}

function itemHints(item: FeedItem, feed: Feed, origin: FeedOrigin): SourceHints {
  const hints: SourceHints = {};
  const title = item.title?.trim();
  if (title) hints.title = title;
  const url = absoluteUrl(item.url, origin.url);
  if (url) hints.url = url;
  const published = item.published ?? item.updated;
  if (published) hints.published = published.toISOString();
  const byline = item.authors
    .map((author) => author.name?.trim())
    .filter(Boolean)
    .join(', ');
  if (byline) hints.byline = byline;
  const category = item.categories.map((c) => (c.label ?? c.term).trim()).find(Boolean);
  if (category) hints.section = category;
  if (feed.language) hints.language = feed.language;
  return hints;
}

function parseOrFail(text: string, source: string): { feed: Feed } | { failure: IngestItem } {
  const problem = findXmlProblem(text);
  if (problem) {
    const message = `${source}: malformed feed XML at line ${problem.line}: ${problem.message}`;
    return { failure: failureItem(source, 'malformed-feed', message) };
  }
  try {
    return { feed: parseFeed(text) };
  } catch (error) {
    // The parser's INVALID_FEED means well-formed XML without an rss, feed or rdf:RDF element.
    if ((error as { code?: string }).code === 'INVALID_FEED') {
      const root = /<([A-Za-z][\w:.-]*)[\s>/]/.exec(text.replace(/<[?!][\s\S]*?>/g, ''))?.[1] ?? '?';
      const message = `${source}: XML is not an RSS or Atom feed (root element <${root}>)`;
      return { failure: failureItem(source, 'unsupported', message) };
    }
    const why = error instanceof Error ? error.message : String(error);
    return { failure: failureItem(source, 'malformed-feed', `${source}: malformed feed XML (${why})`) };
  }
}

/** One document per feed item: its full content (or else its description) as HTML, its fields as hints. */
export function feedItems(text: string, origin: FeedOrigin): IngestItem[] {
  const parsed = parseOrFail(text, origin.source);
  if ('failure' in parsed) return [parsed.failure];
  const { feed } = parsed;
  if (feed.items.length === 0)
    return [failureItem(origin.source, 'empty', `${origin.source}: feed has no items`)];
  return feed.items.map((item, index): IngestItem => {
    const source = `${origin.source}#${index + 1}`;
    const content = item.content?.trim() ? item.content : item.description;
    if (!content?.trim()) {
      return failureItem(source, 'empty', `${source}: feed item has neither content nor description`);
    }
    const hints = itemHints(item, feed, origin);
    const diagnostics = origin.diagnostics.map((d) => ({ ...d }));
    const doc = {
      source,
      kind: 'feed' as const,
      format: 'html' as const,
      content,
      encoding: origin.encoding,
    };
    return { ok: true, doc: { ...doc, hints, diagnostics } };
  });
}
