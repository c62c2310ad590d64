/**
 * The engine's model (src/model/*.ts) as zod schemas, for the API's answers: what a document,
 * an entity, an event, a storyline and a claim look like on the wire. The response schemas in
 * ./reads.ts are built from these; test/http/openapi.test.ts checks real answers against them.
 */
import { z } from 'zod';

const offset = z.number().int().min(0);

export const spanSchema = z.object({
  start: offset,
  end: offset,
  text: z.string().describe('equals text.slice(start, end) of the document'),
});

export const entityTypeSchema = z
  .enum(['PER', 'ORG', 'LOC', 'EVT', 'PRD', 'MISC'])
  .describe('person, organisation, place, event, product or other');

export const entityMentionSchema = z.object({
  entity: z.string().describe('global entity id, the same across documents'),
  name: z.string().describe('canonical name'),
  type: entityTypeSchema,
  mentions: z.array(spanSchema),
  roles: z.array(z.string()).optional().describe('titles and roles seen with the name (Presiden, Menteri Luar Negeri)'),
});

export const aliasSchema = z.object({
  alias: z.string(),
  source: z.enum(['rule', 'text', 'curated', 'user']),
  evidence: z.string().optional().describe('the text or rule id that supports the alias'),
});

export const quoteSchema = z.object({
  text: z.string().describe('the quoted words, without quotation marks'),
  direct: z.boolean(),
  speaker: z
    .object({
      entity: z.string().nullable(),
      name: z.string(),
      evidence: z.string().optional().describe('how the speaker was found: verb:kata, menurut, pronoun, continuation'),
      role: z.string().optional(),
    })
    .nullable(),
  start: offset,
  end: offset,
  cue: z.string().optional().describe('the reporting cue, e.g. kata, menurut'),
});

export const figureSchema = z.object({
  text: z.string(),
  value: z.number(),
  valueMax: z.number().optional().describe('upper bound of a range'),
  qualifier: z.enum(['exact', 'about', 'more-than', 'less-than', 'at-least', 'at-most', 'order-of-magnitude', 'range']),
  unit: z.string().nullable().describe('what is counted, or the currency'),
  kind: z.enum(['count', 'money', 'percent', 'duration', 'measure']).optional(),
  start: offset,
  end: offset,
});

export const timeExpressionSchema = z.object({
  text: z.string(),
  value: z.string().describe('ISO 8601 at the expression\'s own granularity; durations as P16M'),
  start: offset,
  end: offset,
  granularity: z.enum(['year', 'month', 'week', 'day', 'minute']).optional(),
  until: z.string().optional().describe('last day of a range'),
  duration: z.boolean().optional(),
  relative: z.boolean().optional().describe('resolved relative to the publication date'),
});

export const diagnosticSchema = z.object({
  stage: z.string(),
  rule: z.string(),
  message: z.string(),
  severity: z.enum(['info', 'warning', 'error']),
  start: offset.optional(),
  end: offset.optional(),
});

export const removedPieceSchema = z.object({
  text: z.string(),
  kind: z.enum([
    'navigation', 'promo', 'share', 'related', 'caption', 'credit', 'byline', 'dateline',
    'date', 'title', 'section', 'tags', 'embed', 'editor', 'template', 'other',
  ]),
  rule: z.string().optional().describe('the rule that removed it, e.g. share-label, outlet-template'),
});

export const publishedDateSchema = z.object({
  value: z.string().describe('ISO 8601, only as precise as the evidence: 2025, 2025-07, 2025-07-13'),
  evidence: z.string().describe('the text the value rests on, verbatim'),
  inferred: z.boolean().describe('reasoned (weekday, relative clue, other documents) rather than read'),
  reasoning: z.string().optional(),
});

export const sourceKindSchema = z.enum(['text', 'html', 'jsonl', 'feed', 'url']);

export const documentSchema = z
  .object({
    id: z.string(),
    contentHash: z.string().describe('sha256 of the normalised raw content'),
    source: z.string().describe('where it came from, as shown to readers (never a server path)'),
    kind: sourceKindSchema,
    url: z.string().nullable(),
    language: z.string(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    outletEvidence: z.string().nullable(),
    section: z.string().nullable(),
    byline: z.string().nullable(),
    published: publishedDateSchema.nullable(),
    text: z.string().describe('the clean text every offset points into'),
    removed: z.array(removedPieceSchema).describe('boilerplate removed from the raw text'),
    diagnostics: z.array(diagnosticSchema),
    entities: z.array(entityMentionSchema),
    quotes: z.array(quoteSchema),
    figures: z.array(figureSchema),
    times: z.array(timeExpressionSchema),
    durations: z.array(timeExpressionSchema).optional(),
    duplicateOf: z.string().nullable().describe('the earlier document this one nearly repeats'),
  })
  .meta({ id: 'Document', description: 'A document with everything the engine found in it' });

export const documentSummarySchema = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    language: z.string(),
    published: z.string().nullable().describe('ISO date at its own precision (2025-07, 2025-07-13, …)'),
    source: z.string(),
  })
  .meta({ id: 'DocumentSummary' });

export const documentLabelSchema = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    published: z.string().nullable(),
  })
  .meta({ id: 'DocumentLabel', description: 'Title, outlet and date of a document, for labelling references to it' });

export const globalEntitySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    type: entityTypeSchema,
    aliases: z.array(aliasSchema),
    documents: z.array(z.string()).describe('ids of the documents mentioning it'),
  })
  .meta({ id: 'Entity' });

export const eventSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    date: z.string().nullable().describe('ISO date of the happening, as precise as known'),
    documents: z.array(z.string()),
    entities: z.array(z.string()),
    evidence: z.array(
      z.object({
        document: z.string(),
        similarity: z.number(),
        sharedEntities: z.array(z.string()),
        timeGapDays: z.number().nullable(),
        linkedTo: z.string().nullable().describe('the document it was linked to'),
      }),
    ),
  })
  .meta({ id: 'Event', description: 'Documents about one happening, with why each belongs' });

export const storylineSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    events: z.array(z.string()),
    entities: z.array(z.string()),
    evidence: z
      .array(
        z.object({
          event: z.string(),
          linkedTo: z.string().nullable().describe('the earlier event it was chained to; null for the first'),
          sharedEntities: z.array(z.string()),
          topicSimilarity: z.number(),
        }),
      )
      .optional()
      .describe('one entry per event, in the order the events joined'),
  })
  .meta({ id: 'Storyline', description: 'Events chained over time' });

export const claimSchema = z
  .object({
    id: z.string(),
    subject: z.string(),
    unit: z.string(),
    figures: z.array(
      z.object({
        document: z.string(),
        text: z.string(),
        value: z.number(),
        qualifier: z.string(),
        start: offset,
        end: offset,
      }),
    ),
    consistent: z.boolean(),
    reasoning: z.string(),
  })
  .meta({ id: 'Claim', description: 'One figure as several outlets report it, and whether they agree' });
