import { parseHTML } from 'linkedom';

/**
 * Parses markup into a document that always has `<html>`, `<head>` and `<body>`. linkedom keeps
 * fragments as they are (a bare `<p>` becomes the document element, an empty string gives no
 * element at all), so anything without an `<html>` tag is wrapped first.
 */
export function parseDocument(html: string): Document {
  const hasRoot = /<html[\s>]/i.test(html);
  const first = parseHTML(hasRoot ? html : wrapInPage(html)).document as unknown as Document;
  if (hasBody(first)) return first;
  const stripped = html.replace(/<\/?(?:html|head|body)\b[^>]*>/gi, '');
  return parseHTML(wrapInPage(stripped)).document as unknown as Document;
}

function wrapInPage(html: string): string {
  return `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}

function hasBody(document: Document): boolean {
  try {
    return document.documentElement?.tagName === 'HTML' && document.body !== null;
  } catch {
    return false;
  }
}
