import type { EnrichedDocument } from '../../model/document.ts';
import type { Store } from '../../store/store.ts';
import { csvLine } from './csv.ts';

/** A table an analyst downloads: its columns, and each row as the cells of those columns. */
export interface ExportTable<Row> {
  columns: readonly string[];
  cells(row: Row): (string | number | null)[];
}

export function tableCsvLine<Row>(table: ExportTable<Row>, row: Row): string {
  return csvLine(table.cells(row));
}

/** Pages the store is read in: the page bounds memory, not the export. */
const PAGE = 200;

/** One quote by an entity, with where it was said. */
export interface QuoteRow {
  document: string;
  published: string | null;
  outlet: string | null;
  title: string | null;
  url: string | null;
  source: string;
  speaker: string;
  role: string | null;
  direct: boolean;
  cue: string | null;
  quote: string;
  start: number;
  end: number;
}

export const QUOTE_TABLE: ExportTable<QuoteRow> = {
  columns: ['document', 'published', 'outlet', 'title', 'url', 'source', 'speaker', 'role', 'direct', 'cue', 'quote', 'start', 'end'],
  cells: (row) => [
    row.document, row.published, row.outlet, row.title, row.url, row.source, row.speaker, row.role,
    row.direct ? 'direct' : 'indirect', row.cue, row.quote, row.start, row.end,
  ],
};

/** Every quote whose speaker is the entity, in every document linked to it, newest document first. */
export async function* entityQuoteRows(store: Store, entityId: string): AsyncGenerator<QuoteRow> {
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listDocuments({ entity: entityId, limit: PAGE, offset });
    for (const doc of await store.getDocuments(page.map((d) => d.id))) {
      for (const quote of doc.quotes) {
        if (quote.speaker?.entity !== entityId) continue;
        yield {
          ...documentCells(doc),
          speaker: quote.speaker.name,
          role: quote.speaker.role ?? null,
          direct: quote.direct,
          cue: quote.cue ?? null,
          quote: quote.text,
          start: quote.start,
          end: quote.end,
        };
      }
    }
    if (page.length < PAGE) return;
  }
}

/** One figure of a claim: a row per outlet's number, the claim's verdict repeated on each. */
export interface ClaimRow {
  claim: string;
  subject: string;
  unit: string;
  consistent: boolean;
  document: string;
  published: string | null;
  outlet: string | null;
  title: string | null;
  figure: string;
  value: number;
  qualifier: string;
  start: number;
  end: number;
  reasoning: string;
}

export const CLAIM_TABLE: ExportTable<ClaimRow> = {
  columns: ['claim', 'subject', 'unit', 'status', 'document', 'published', 'outlet', 'title', 'figure', 'value', 'qualifier', 'start', 'end', 'reasoning'],
  cells: (row) => [
    row.claim, row.subject, row.unit, row.consistent ? 'consistent' : 'conflicting', row.document, row.published,
    row.outlet, row.title, row.figure, row.value, row.qualifier, row.start, row.end, row.reasoning,
  ],
};

export async function* claimRows(store: Store): AsyncGenerator<ClaimRow> {
  for (let offset = 0; ; offset += PAGE) {
    const claims = await store.claims({ limit: PAGE, offset });
    const ids = [...new Set(claims.flatMap((claim) => claim.figures.map((figure) => figure.document)))];
    const documents = new Map((await store.getDocuments(ids)).map((doc) => [doc.id, doc]));
    for (const claim of claims) {
      for (const figure of claim.figures) {
        const doc = documents.get(figure.document);
        yield {
          claim: claim.id,
          subject: claim.subject,
          unit: claim.unit,
          consistent: claim.consistent,
          document: figure.document,
          published: doc?.published?.value ?? null,
          outlet: doc?.outlet ?? null,
          title: doc?.title ?? null,
          figure: figure.text,
          value: figure.value,
          qualifier: figure.qualifier,
          start: figure.start,
          end: figure.end,
          reasoning: claim.reasoning,
        };
      }
    }
    if (claims.length < PAGE) return;
  }
}

function documentCells(doc: EnrichedDocument): Pick<QuoteRow, 'document' | 'published' | 'outlet' | 'title' | 'url' | 'source'> {
  return {
    document: doc.id,
    published: doc.published?.value ?? null,
    outlet: doc.outlet,
    title: doc.title,
    url: doc.url,
    source: doc.source,
  };
}
