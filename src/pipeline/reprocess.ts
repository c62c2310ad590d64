import { contentHash, documentId } from '../extract/extract-document.ts';
import type { IngestItem } from '../ingest/index.ts';
import type { EnrichedDocument, RawDocument, SourceHints } from '../model/document.ts';
import type { DocumentCursor, RawEnvelope, Store, StoredDocumentRow } from '../store/store.ts';
import { type IngestIntoStoreOptions, type IngestSummary, ingestItemsIntoStore } from './ingest-into-store.ts';

export interface ReprocessOptions extends Omit<IngestIntoStoreOptions, 'reprocess' | 'ingest'> {
  /** Only documents stored at or after this ISO instant. */
  since?: string;
}

/**
 * Runs extraction and enrichment again over the stored raw content, batch by batch, so that an
 * edited alias table or a new model reaches documents stored before it. Each document keeps its id
 * (same content, same id) and its new analysis replaces the stored one.
 */
export async function reprocessStore(store: Store, options: ReprocessOptions): Promise<IngestSummary> {
  const { since, ...ingest } = options;
  const scan = storedItems(store, { since, pageSize: ingest.batchSize, startedAt: new Date().toISOString() });
  return ingestItemsIntoStore(scan, store, { ...ingest, reprocess: true });
}

interface ScanOptions {
  since: string | undefined;
  pageSize: number;
  startedAt: string;
}

/**
 * The stored documents as ingest items, in storage order. The scan stops at the first document
 * stored after the reprocess began: that one, and all after it, were analysed with the current
 * table and model already — or are this run's own rewrites, should the store file a replaced
 * document anew at the end, where the scan would otherwise meet it again without end.
 */
async function* storedItems(store: Store, options: ScanOptions): AsyncGenerator<IngestItem> {
  let after: DocumentCursor = null;
  do {
    const page = await store.scanDocuments({
      ...(options.since ? { since: options.since } : {}),
      limit: options.pageSize,
      after,
    });
    for (const row of page.rows) {
      if (row.ingestedAt >= options.startedAt) return;
      yield { ok: true, doc: rawDocumentOf(row) };
    }
    after = page.next;
  } while (after !== null);
}

/**
 * The raw item a stored document came from, as ingest read it. The bytes are not read again, so
 * what reading them found (invalid bytes replaced, record fields ignored) is carried over.
 */
export function rawDocumentOf(row: StoredDocumentRow): RawDocument {
  const envelope = row.raw.envelope ?? envelopeFromDocument(row.document, row.raw);
  const diagnostics = row.document.diagnostics.filter((diagnostic) => diagnostic.stage === 'ingest');
  return { ...envelope, content: row.raw.content, diagnostics };
}

/**
 * The envelope of a document stored before envelopes were kept, rebuilt from what was stored.
 * The id was given (a JSONL `id`) unless it is the one derived from the content hash.
 */
function envelopeFromDocument(doc: EnrichedDocument, raw: StoredDocumentRow['raw']): RawEnvelope {
  const envelope: RawEnvelope = {
    source: doc.source,
    kind: doc.kind,
    format: raw.format === 'html' ? 'html' : 'text',
    encoding: 'utf-8',
    hints: hintsFromDocument(doc, raw.content),
  };
  const derivedId = documentId({ ...envelope, content: raw.content, diagnostics: [] }, contentHash(raw.content));
  if (doc.id !== derivedId) envelope.givenId = doc.id;
  return envelope;
}

/** Reasonings the text and the HTML extractors give a publication date taken from a hint. */
const DATE_FROM_HINT = /given by the source/i;

/**
 * Hints are what the container said, never what extraction read from the text: in plain text a
 * hint outranks the text's own reading, so turning a reading into a hint would freeze it against
 * a better model. So only values that can only have come from the container, or that extraction
 * uses as a fallback only, are given back:
 * - JSONL records: url, title (the line that holds it is found again), language, the outlet when
 *   its evidence is no text of the article, the date when its reasoning says the source gave it
 *   (its evidence is then the record's value, verbatim); section and byline are left out, as they
 *   cannot be told apart from what was read from the text;
 * - feed items: url, title, byline and section (items are HTML, where the page's own values win
 *   and hints are fallbacks), the date given by the source; not the language, which cannot be
 *   told apart from the one identified;
 * - fetched pages: the final url;
 * - files (text, html): nothing, as nothing was given.
 */
function hintsFromDocument(doc: EnrichedDocument, content: string): SourceHints {
  switch (doc.kind) {
    case 'jsonl':
      return {
        ...urlAndTitle(doc),
        language: doc.language,
        ...outletFromContainer(doc, content),
        ...dateFromContainer(doc),
      };
    case 'feed':
      return {
        ...urlAndTitle(doc),
        ...(doc.byline ? { byline: doc.byline } : {}),
        ...(doc.section ? { section: doc.section } : {}),
        ...dateFromContainer(doc),
      };
    case 'url':
      return doc.url ? { url: doc.url } : {};
    default:
      return {};
  }
}

function urlAndTitle(doc: EnrichedDocument): SourceHints {
  return { ...(doc.url ? { url: doc.url } : {}), ...(doc.title ? { title: doc.title } : {}) };
}

function outletFromContainer(doc: EnrichedDocument, content: string): SourceHints {
  const evidence = doc.outletEvidence;
  return doc.outlet && evidence && !content.includes(evidence) ? { outlet: evidence } : {};
}

function dateFromContainer(doc: EnrichedDocument): SourceHints {
  const published = doc.published;
  return published?.reasoning && DATE_FROM_HINT.test(published.reasoning) ? { published: published.evidence } : {};
}
