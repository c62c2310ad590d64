import iconv from 'iconv-lite';

/** Charset names as people and servers write them, mapped to the decoder browsers actually use. */
const ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  // WHATWG: these labels all mean windows-1252, and real "latin1" pages use its 0x80–0x9F punctuation.
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  l1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  cp1252: 'windows-1252',
  'x-cp1252': 'windows-1252',
  'iso-8859-9': 'windows-1254',
  'tis-620': 'windows-874',
  gb2312: 'gbk',
  'x-gbk': 'gbk',
  'x-sjis': 'shift_jis',
  sjis: 'shift_jis',
};

/** The canonical, decodable name for a charset label, or null when it is unknown to the decoder. */
export function normalizeCharset(label: string): string | null {
  const lowered = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  const name = ALIASES[lowered] ?? lowered;
  return iconv.encodingExists(name) ? name : null;
}

/** The `charset` parameter of a Content-Type header value, as written. */
export function charsetFromContentType(contentType: string | null): string | null {
  if (!contentType) return null;
  const match = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType);
  return match?.[2] ?? null;
}

/** How far into a document a charset declaration is looked for (the HTML spec's prescan uses 1024). */
const DECLARATION_WINDOW = 4096;

/** The charset an HTML `<meta>` or an XML declaration states near the start of the bytes, as written. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(
    bytes.buffer,
    bytes.byteOffset,
    Math.min(bytes.length, DECLARATION_WINDOW),
  ).toString('latin1');
  const xml = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1] ?? null;
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta?.[1] ?? null;
}
