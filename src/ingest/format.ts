/** Which reader an input needs, decided by its name, its Content-Type, or its first characters. */
export type PayloadFormat = 'text' | 'html' | 'feed' | 'jsonl' | 'json';

const BY_EXTENSION: Record<string, PayloadFormat> = {
  txt: 'text',
  text: 'text',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  xml: 'feed',
  rss: 'feed',
  atom: 'feed',
  rdf: 'feed',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  json: 'json',
};

/** The format a file name promises (`.gz` already stripped), or null when the name says nothing. */
export function formatFromName(name: string): PayloadFormat | null {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return null;
  return BY_EXTENSION[base.slice(dot + 1).toLowerCase()] ?? null;
}

const BY_MIME: Record<string, PayloadFormat> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/rss+xml': 'feed',
  'application/atom+xml': 'feed',
  'application/rdf+xml': 'feed',
  'application/xml': 'feed',
  'text/xml': 'feed',
  'application/x-ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
  'application/x-jsonlines': 'jsonl',
  'application/json': 'json',
};

/** Media types that are text-like but too vague to decide on: the content is sniffed instead. */
const SNIFFED_MIME = new Set(['text/plain', 'application/octet-stream', 'binary/octet-stream']);

export type ContentTypeVerdict = PayloadFormat | 'sniff' | 'unsupported';

export function mediaType(contentType: string | null): string | null {
  const mime = contentType?.split(';')[0]?.trim().toLowerCase();
  return mime ? mime : null;
}

/** What a Content-Type header tells: a format, "look at the bytes", or a type Warta cannot read. */
export function formatFromContentType(contentType: string | null): ContentTypeVerdict {
  const mime = mediaType(contentType);
  if (!mime || SNIFFED_MIME.has(mime)) return 'sniff';
  const known = BY_MIME[mime];
  if (known) return known;
  if (mime.endsWith('+xml')) return 'feed';
  if (mime.endsWith('+json')) return 'json';
  if (mime.startsWith('text/')) return 'text';
  return 'unsupported';
}

const FEED_ROOT = /^<(rss|feed|rdf:rdf)[\s>]/i;
const HTML_START = /^<(!doctype\s+html|html|head|body)[\s>]/i;

/** Skips the XML declaration, comments, doctype and processing instructions before the root element. */
function afterProlog(text: string): string {
  let rest = text.trimStart();
  for (;;) {
    const prolog = /^(<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!doctype(?!\s+html)[^>]*>)\s*/i.exec(rest);
    if (!prolog) return rest;
    rest = rest.slice(prolog[0].length);
  }
}

function looksLikeJsonLines(text: string): boolean {
  const firstLine = text.trimStart().split('\n', 1)[0]?.trim() ?? '';
  if (!firstLine.startsWith('{') || !firstLine.endsWith('}')) return false;
  try {
    return typeof JSON.parse(firstLine) === 'object';
  } catch {
    return false;
  }
}

/** The format of decoded text whose name and type said nothing. */
export function sniffFormat(text: string): PayloadFormat {
  const head = afterProlog(text.slice(0, 8192));
  if (HTML_START.test(head)) return 'html';
  if (FEED_ROOT.test(head)) return 'feed';
  if (looksLikeJsonLines(text.slice(0, 1 << 20))) return 'jsonl';
  if (/^\s*\[\s*\{/.test(head)) return 'json';
  return 'text';
}
