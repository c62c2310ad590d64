import { identifyLanguage } from '../lang/identify.ts';
import { contentHash } from '../model/content-hash.ts';
import type { ExtractedDocument, RawDocument } from '../model/document.ts';
import { extractFromHtml } from './html/extract-html.ts';
import { extractFromText } from './text/extract-text.ts';
import type { ExtractContext, OutletTemplatePort, TextExtraction } from './types.ts';

export interface ExtractOptions {
  referenceDate: Date;
  templates?: OutletTemplatePort;
}

export { contentHash } from '../model/content-hash.ts';

/** The document id: the caller's id when given, else derived from the content hash. */
export function documentId(raw: RawDocument, hash: string): string {
  return raw.givenId ?? `doc_${hash.slice(0, 16)}`;
}

function pageUrl(raw: RawDocument): string | null {
  if (raw.hints.url) return raw.hints.url;
  return /^https?:\/\//i.test(raw.source) ? raw.source.replace(/#.*$/, '') : null;
}

/** Runs the format's extractor: raw item → clean text and metadata. `text` is fixed from here on. */
export function extractDocument(raw: RawDocument, options: ExtractOptions): ExtractedDocument {
  const url = pageUrl(raw);
  const context: ExtractContext = { hints: raw.hints, url, referenceDate: options.referenceDate };
  if (options.templates) context.templates = options.templates;
  const found: TextExtraction =
    raw.format === 'html' ? extractFromHtml(raw.content, context) : extractFromText(raw.content, context);
  const hash = contentHash(raw.content);
  const language = raw.hints.language ?? identifyLanguage(`${found.title ?? ''}\n${found.text}`).language;
  return {
    id: documentId(raw, hash),
    contentHash: hash,
    source: raw.source,
    kind: raw.kind,
    url,
    language,
    title: found.title,
    outlet: found.outlet?.name ?? null,
    outletEvidence: found.outlet?.evidence ?? null,
    section: found.section,
    byline: found.byline,
    published: found.published,
    text: found.text,
    removed: found.removed,
    diagnostics: [...raw.diagnostics, ...found.diagnostics],
  };
}
