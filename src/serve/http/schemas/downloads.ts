/**
 * The rows of the downloads, as JSON Lines carry them (one object a line). The CSV of each has
 * the same fields as columns; the column lists live with the rows (src/serve/export/*.ts).
 */
import { z } from 'zod';

export const searchExportRowSchema = z
  .object({
    id: z.string(),
    published: z.string().nullable(),
    outlet: z.string().nullable(),
    title: z.string().nullable(),
    url: z.string().nullable(),
    source: z.string(),
    entities: z.array(z.string()).describe('canonical names, most mentioned first (CSV: joined by "; ")'),
    snippet: z.string().describe('empty for a near-duplicate'),
    duplicateOf: z.string().nullable().describe('the hit it is folded under (CSV: duplicate_of)'),
  })
  .meta({ id: 'SearchExportRow' });

export const quoteRowSchema = z
  .object({
    document: z.string(),
    published: z.string().nullable(),
    outlet: z.string().nullable(),
    title: z.string().nullable(),
    url: z.string().nullable(),
    source: z.string(),
    speaker: z.string(),
    role: z.string().nullable(),
    direct: z.boolean().describe('CSV: direct or indirect'),
    cue: z.string().nullable(),
    quote: z.string(),
    start: z.number().int(),
    end: z.number().int(),
  })
  .meta({ id: 'QuoteRow' });

export const claimRowSchema = z
  .object({
    claim: z.string(),
    subject: z.string(),
    unit: z.string(),
    consistent: z.boolean().describe('CSV: status, consistent or conflicting'),
    document: z.string(),
    published: z.string().nullable(),
    outlet: z.string().nullable(),
    title: z.string().nullable(),
    figure: z.string(),
    value: z.number(),
    qualifier: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    reasoning: z.string(),
  })
  .meta({ id: 'ClaimRow' });
