import { z } from 'zod';
import { contentHash } from '../extract/extract-document.ts';
import type { RawDocument } from '../model/document.ts';

/** The task every ingest job runs. */
export const INGEST_TASK = 'warta_ingest';

/** What one ingest job carries: one raw item as ingest read it. */
export interface IngestJobPayload {
  raw: RawDocument;
  /**
   * The instant year-less dates are resolved against (ISO): the enqueuer's, so a queued item is
   * read as a direct ingest at that moment would have read it. Absent: the worker's.
   */
  referenceDate?: string;
}

const hintsSchema = z.object({
  title: z.string().optional(),
  url: z.string().optional(),
  outlet: z.string().optional(),
  published: z.string().optional(),
  language: z.string().optional(),
  section: z.string().optional(),
  byline: z.string().optional(),
});

const diagnosticSchema = z.object({
  stage: z.string(),
  rule: z.string(),
  message: z.string(),
  severity: z.enum(['info', 'warning', 'error']),
  start: z.number().int().optional(),
  end: z.number().int().optional(),
});

const rawSchema = z.object({
  givenId: z.string().min(1).optional(),
  source: z.string().min(1),
  kind: z.enum(['text', 'html', 'jsonl', 'feed', 'url']),
  format: z.enum(['text', 'html']),
  content: z.string(),
  encoding: z.string(),
  hints: hintsSchema,
  diagnostics: z.array(diagnosticSchema).default([]),
});

const payloadSchema = z.object({
  raw: rawSchema,
  referenceDate: z.iso.datetime({ offset: true }).optional(),
});

/** A job whose payload is not an ingest payload: retrying cannot help, but the others go on. */
export class MalformedJobError extends Error {}

/** The payload of the job for one raw item; its key (the content hash) makes a second copy the same job. */
export function ingestJob(raw: RawDocument, referenceDate: Date): { key: string; payload: IngestJobPayload } {
  return { key: contentHash(raw.content), payload: { raw, referenceDate: referenceDate.toISOString() } };
}

/** Reads a job's payload back, or throws `MalformedJobError` saying what is wrong with it. */
export function parseIngestJob(payload: unknown): IngestJobPayload {
  const parsed = payloadSchema.safeParse(payload);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || 'payload'}: ${issue.message}`)
      .join('; ');
    throw new MalformedJobError(`the job's payload is not a raw document (${problems})`);
  }
  // Parsed from JSON, the optional fields are absent rather than undefined: the model's shape.
  return parsed.data as IngestJobPayload;
}
