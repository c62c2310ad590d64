/** What the write routes take and answer (src/serve/http/routes/writes.ts). */
import { z } from 'zod';

/** One record of POST /api/documents: a JSON object, one element of an array, or one JSONL line. */
export const documentRecordSchema = z
  .object({
    text: z.string().min(1, 'must not be empty').describe('the article: scraped plain text, litter and all'),
    id: z
      .string()
      .max(200)
      .regex(/^[\p{L}\p{N}_\-:.]+$/u)
      .optional()
      .describe('your id for it; without one, the hash of its text'),
    title: z.string().max(1000).optional(),
    url: z.string().url().max(2000).optional(),
    outlet: z.string().max(200).optional(),
    published: z.string().max(100).optional().describe('as the source gives it (ISO or Indonesian words)'),
    language: z.string().max(10).optional(),
    section: z.string().max(200).optional(),
    byline: z.string().max(200).optional(),
  })
  .meta({ id: 'DocumentRecord' });

export const documentRecordArray = z.array(documentRecordSchema).max(10_000);

const count = z.number().int().min(0);

const rejectionSchema = z.object({
  source: z.string().describe('api#N: the Nth line or array element'),
  reason: z.string(),
  message: z.string(),
});

const lineErrorSchema = z.object({
  line: z.number().int().min(1).describe("the record's line (JSONL) or position (JSON array), from 1"),
  error: z.string().describe('what is wrong, in words'),
});

const outcomeSchema = z.object({
  line: z.number().int().min(1),
  id: z.string().describe('the id it is stored under (its own, or the id of the stored copy of its text)'),
  status: z.enum(['added', 'updated', 'unchanged', 'superseded', 'queued']),
});

export const documentsStoredResponse = z
  .object({
    added: count,
    updated: count,
    unchanged: count,
    rejected: z.array(rejectionSchema).describe('the refused records'),
    stored: z.array(z.string()).describe('ids added or updated by this request'),
    documents: z.array(outcomeSchema).describe('what became of each accepted record, by line'),
    errors: z.array(lineErrorSchema),
  })
  .meta({ id: 'DocumentsStored' });

export const documentsQueuedResponse = z
  .object({
    queued: count.describe('records put on the job queue'),
    alreadyQueued: count,
    rejected: z.array(rejectionSchema),
    documents: z.array(outcomeSchema),
    errors: z.array(lineErrorSchema),
  })
  .meta({ id: 'DocumentsQueued' });

export const feedBody = z
  .object({
    url: z
      .string()
      .url()
      .max(2000)
      .refine((u) => /^https?:/i.test(u), 'must be http(s)')
      .describe('an RSS or Atom feed'),
  })
  .meta({ id: 'FeedRecord' });

const feedList = z.array(z.string()).describe('every watched feed');

export const feedsResponse = z.object({ feeds: feedList, total: count }).meta({ id: 'FeedList' });

export const feedAddedResponse = z
  .object({ url: z.string(), added: z.boolean().describe('false when it was watched already'), feeds: feedList, total: count })
  .meta({ id: 'FeedAdded' });
