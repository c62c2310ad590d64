import { decodeEntities } from './html-entities.ts';

/** Article metadata stated in a page's JSON-LD blocks (schema.org). */
export interface JsonLdArticle {
  headline: string | null;
  /** Named authors; `organisation` when JSON-LD types the author as an Organization. */
  authors: { name: string; organisation: boolean }[];
  datePublished: string | null;
  publisher: string | null;
  section: string | null;
}

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'blogposting',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'reviewnewsarticle',
  'backgroundnewsarticle',
  'liveblogposting',
  'techarticle',
  'scholarlyarticle',
  'socialmediaposting',
  'posting',
  'report',
  'medicalwebpage',
]);

const PAGE_TYPES = new Set(['webpage', 'itempage', 'collectionpage', 'aboutpage', 'faqpage', 'qapage']);

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase());
}

function parseJson(source: string): unknown {
  const cleaned = source
    .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>)\s*$/, '')
    .trim();
  try {
    return JSON.parse(cleaned);
  } catch {
    try {
      // Raw control characters inside strings are the most common defect of hand-made JSON-LD.
      return JSON.parse(cleaned.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return null;
    }
  }
}

/** Every object node of the JSON-LD blocks, `@graph` members and array items flattened. */
export function jsonLdNodes(document: Document): JsonObject[] {
  const nodes: JsonObject[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 4) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
    } else if (isObject(value)) {
      nodes.push(value);
      if (value['@graph'] !== undefined) visit(value['@graph'], depth + 1);
      if (isObject(value.mainEntity)) visit(value.mainEntity, depth + 1);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type*="ld+json" i]'))) {
    visit(parseJson(script.textContent ?? ''), 0);
  }
  return nodes;
}

function text(value: unknown): string | null {
  if (typeof value === 'string') {
    const decoded = decodeEntities(value).trim();
    return decoded === '' ? null : decoded;
  }
  if (Array.isArray(value)) return text(value[0]);
  if (isObject(value) && typeof value['@value'] === 'string') return text(value['@value']);
  return null;
}

/** Resolves `{ "@id": ... }` references against the other nodes of the page. */
function resolve(value: unknown, byId: Map<string, JsonObject>): unknown {
  if (isObject(value) && typeof value['@id'] === 'string' && value.name === undefined) {
    return byId.get(value['@id']) ?? value;
  }
  return value;
}

function authorsOf(value: unknown, byId: Map<string, JsonObject>): JsonLdArticle['authors'] {
  const list = Array.isArray(value) ? value : [value];
  const found: JsonLdArticle['authors'] = [];
  for (const item of list) {
    const resolved = resolve(item, byId);
    const name = isObject(resolved) ? text(resolved.name) : text(resolved);
    if (name === null || found.some((author) => author.name === name)) continue;
    const organisation = isObject(resolved) && typesOf(resolved).some((t) => t.endsWith('organization'));
    found.push({ name, organisation });
  }
  return found;
}

function names(value: unknown, byId: Map<string, JsonObject>): string[] {
  const list = Array.isArray(value) ? value : [value];
  const found: string[] = [];
  for (const item of list) {
    const resolved = resolve(item, byId);
    const name = isObject(resolved) ? text(resolved.name) : text(resolved);
    if (name !== null && !found.includes(name)) found.push(name);
  }
  return found;
}

function pickArticle(nodes: JsonObject[]): JsonObject | null {
  const articles = nodes.filter((node) => typesOf(node).some((t) => ARTICLE_TYPES.has(t)));
  const withHeadline = articles.find((node) => text(node.headline) !== null);
  return (
    withHeadline ?? articles[0] ?? nodes.find((node) => typesOf(node).some((t) => PAGE_TYPES.has(t))) ?? null
  );
}

function siteName(nodes: JsonObject[]): string | null {
  const site = nodes.find((node) => typesOf(node).includes('website'));
  const organisation = nodes.find((node) => typesOf(node).some((t) => t.endsWith('organization')));
  return text(site?.name) ?? text(organisation?.name);
}

export function readJsonLd(document: Document): JsonLdArticle {
  const nodes = jsonLdNodes(document);
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  const article = pickArticle(nodes);
  const publisher = article ? names(article.publisher, byId)[0] : undefined;
  return {
    headline: article ? (text(article.headline) ?? text(article.name)) : null,
    authors: article ? authorsOf(article.author ?? article.creator, byId) : [],
    datePublished: article ? (text(article.datePublished) ?? text(article.dateCreated)) : null,
    publisher: publisher ?? siteName(nodes),
    section: article ? text(article.articleSection) : null,
  };
}
