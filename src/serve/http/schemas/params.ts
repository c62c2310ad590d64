/**
 * What requests may carry: path and query parameters. The routes parse with these, and the
 * OpenAPI document is generated from the same schemas (../openapi.ts), so the two cannot part.
 */
import { z } from 'zod';

/** Ids are short tokens; anything else (slashes, dots-dots, control characters) is refused. */
export const idSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[\p{L}\p{N}_\-:.]+$/u, 'must be letters, digits, _ - : .')
  .refine((id) => !id.includes('..'), 'must not contain ..');

export const idParams = z.object({ id: idSchema.describe('the id, as the lists give it') });

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

export const pageSchema = {
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('page size, 1-500'),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0).describe('items to skip'),
};

export const pageQuery = z.object(pageSchema);

export const documentFilterSchema = z.object({
  outlet: z.string().max(200).optional().describe('exact outlet name'),
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/, 'must be a language code such as id or en')
    .optional()
    .describe('language code (id, en, ms)'),
  from: isoDate.optional().describe('published on or after (YYYY[-MM[-DD]])'),
  to: isoDate.optional().describe('published on or before (YYYY[-MM[-DD]]); 2025-03 takes in all of March'),
  entity: idSchema.optional().describe('global entity id mentioned in the document'),
  ...pageSchema,
});

/** The search language as the API reads it (README, "Search language"; src/search/syntax.ts). */
const SEARCH_LANGUAGE =
  'Words are ANDed and matched on their Indonesian stems (kirim finds mengirim, dikirim); `OR`; `-word` or ' +
  '`NOT word` excludes; `"exact phrase"`; `prefix*` (3 letters or more; only an explicit star is a prefix); ' +
  'parentheses; filters `outlet:`, `entity:` (id, name or alias), `lang:`, `from:` and `to:` (YYYY[-MM[-DD]]). ' +
  "An entity's name or alias finds every article about the entity; a misspelt name is read as the closest " +
  'entity name (see didYouMean). At most 16 words, phrases and filters; 1-500 characters.';

export const searchSchema = documentFilterSchema.extend({
  q: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(500, 'must be at most 500 characters')
    .meta({ description: SEARCH_LANGUAGE, example: 'Korut -Lavrov from:2025-07' }),
  sort: z.enum(['relevance', 'date']).default('relevance').describe('relevance (best first) or date (newest first)'),
});

/** GET /api/search: one page as JSON, or every match streamed as CSV or JSON Lines. */
export const searchQuery = searchSchema.extend({
  format: z
    .enum(['json', 'csv', 'jsonl'])
    .default('json')
    .describe('json: one page; csv or jsonl: every match, uncapped (limit and offset do not apply)'),
});

export const searchExportQuery = searchQuery.omit({ limit: true, offset: true }).extend({
  format: z.enum(['csv', 'jsonl']),
});

export const listSchema = z.object({
  q: z.string().max(200).optional().describe('name or alias contains (case-insensitive)'),
  ...pageSchema,
});

export const entityListQuery = listSchema.extend({
  type: z.enum(['PER', 'ORG', 'LOC', 'EVT', 'PRD', 'MISC']).optional().describe('only entities of this type'),
});

export const storylineListQuery = z.object({
  sort: z.enum(['size', 'recent']).default('size').describe('size: most events first; recent: latest event first'),
  ...pageSchema,
});

/** GET /api/claims: a page as JSON, or every figure of every claim as a download. */
export const claimListQuery = z.object({
  format: z.enum(['json', 'csv', 'jsonl']).default('json').describe('json: one page; csv or jsonl: every figure, uncapped'),
  ...pageSchema,
});

export const downloadFormat = z.enum(['csv', 'jsonl']);

/** A download's format, when a route has already told it apart from json. */
export const downloadQuery = z.object({ format: downloadFormat });

export const entityQuotesQuery = z.object({
  format: downloadFormat.default('csv').describe('csv or jsonl'),
});

export const alertFeedQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('entries, 1-500'),
});
