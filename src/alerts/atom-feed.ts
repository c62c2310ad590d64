import type { Alert, AlertFeedItem } from '../store/alert-port.ts';

/** Characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE/F). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** An alert's matches as an Atom feed (RFC 4287), newest first; `base` is the server's origin. */
export function atomFeed(alert: Alert, items: AlertFeedItem[], base: string): string {
  const updated = items[0]?.matchedAt ?? alert.createdAt;
  const entries = items.map((item) => {
    const page = `${base}/#/documents/${encodeURIComponent(item.documentId)}`;
    const author = item.byline ?? item.outlet;
    return [
      '  <entry>',
      `    <id>urn:warta:document:${xmlText(item.documentId)}</id>`,
      `    <title>${xmlText(item.title ?? item.lead.slice(0, 80))}</title>`,
      `    <updated>${xmlText(item.matchedAt)}</updated>`,
      ...(item.published ? [`    <published>${xmlText(atomDate(item.published))}</published>`] : []),
      `    <link rel="alternate" href="${xmlText(item.url ?? page)}"/>`,
      `    <link rel="related" href="${xmlText(page)}"/>`,
      ...(author ? [`    <author><name>${xmlText(author)}</name></author>`] : []),
      ...(item.outlet ? [`    <source><title>${xmlText(item.outlet)}</title></source>`] : []),
      `    <summary>${xmlText(item.lead)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>urn:warta:alert:${xmlText(alert.id)}</id>`,
    `  <title>${xmlText(`Warta: ${alert.name}`)}</title>`,
    `  <subtitle>${xmlText(alert.query)}</subtitle>`,
    `  <updated>${xmlText(updated)}</updated>`,
    `  <link rel="self" href="${xmlText(`${base}/api/alerts/${encodeURIComponent(alert.id)}/feed`)}"/>`,
    '  <generator>Warta</generator>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/** Atom dates are full timestamps: a publication date known to the day (or month) starts at its midnight UTC. */
function atomDate(value: string): string {
  if (/^\d{4}$/.test(value)) return `${value}-01-01T00:00:00Z`;
  if (/^\d{4}-\d{2}$/.test(value)) return `${value}-01T00:00:00Z`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T00:00:00Z`;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return `${value}:00Z`;
  return value;
}
