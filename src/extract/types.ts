import type { Diagnostic } from '../model/diagnostic.ts';
import type { PublishedDate, RemovedPiece, SourceHints } from '../model/document.ts';

/** Read-only view of what earlier documents of the same outlet looked like (learned templates). */
export interface OutletTemplatePort {
  /** How many earlier documents of `outlet` contained exactly this (normalised) line, and how many documents of it were seen. */
  lineFrequency(outlet: string, line: string): { documents: number; outletDocuments: number };
}

export interface ExtractContext {
  hints: SourceHints;
  /** URL of the page, when known (JSONL `url`, feed link, fetched URL). */
  url: string | null;
  /** Dates without a year are resolved against this (usually the ingest time). */
  referenceDate: Date;
  templates?: OutletTemplatePort;
}

/** What a format-specific extractor (plain text, HTML) finds in one item. */
export interface TextExtraction {
  /** Clean body: paragraphs separated by one blank line ("\n\n"), no leading/trailing whitespace. */
  text: string;
  removed: RemovedPiece[];
  title: string | null;
  section: string | null;
  byline: string | null;
  outlet: { name: string; evidence: string } | null;
  published: PublishedDate | null;
  diagnostics: Diagnostic[];
}
