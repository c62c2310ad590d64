/** The answers of the read routes (src/serve/http/routes/reads.ts). Every list carries its total. */
import { z } from 'zod';
import {
  aliasSchema,
  claimSchema,
  documentLabelSchema,
  documentSchema,
  documentSummarySchema,
  entityTypeSchema,
  eventSchema,
  figureSchema,
  globalEntitySchema,
  publishedDateSchema,
  quoteSchema,
  storylineSchema,
} from './model.ts';

const count = z.number().int().min(0);

/** A page of a list: its items, the total over every page, and the page asked for. */
function pageOf<Item extends z.ZodType>(item: Item, extra: z.ZodRawShape = {}) {
  return z.object({
    items: z.array(item),
    total: count.describe('items over all pages'),
    limit: z.number().int(),
    offset: z.number().int(),
    ...extra,
  });
}

export const documentListResponse = pageOf(documentSummarySchema).meta({ id: 'DocumentList' });

export const documentResponse = documentSchema;

const correctionSchema = z.object({
  text: z.string().describe('the part of the query taken for a typo'),
  start: z.number().int(),
  end: z.number().int(),
  suggestion: z.string(),
  entity: z.object({ id: z.string(), name: z.string() }),
});

export const searchHitSchema = documentSummarySchema
  .extend({
    score: z.number().describe('lower is better; 0 when only an entity link matched'),
    snippet: z.string().describe('words around the match, matched words between [ and ]'),
    duplicates: z.array(documentSummarySchema).describe('near-duplicates that match too, folded under this hit'),
  })
  .meta({ id: 'SearchHit' });

export const searchResponse = z
  .object({
    q: z.string(),
    total: count.describe('hits over all pages, near-duplicates folded into their first article'),
    documents: count.describe('matching documents, near-duplicates included'),
    hits: z.array(searchHitSchema),
    didYouMean: z
      .object({ query: z.string().describe('the query with every correction made'), corrections: z.array(correctionSchema) })
      .nullable()
      .describe('names read as typos of entity names, and the query corrected'),
    limit: z.number().int(),
    offset: z.number().int(),
    sort: z.enum(['relevance', 'date']),
    tookMs: z.number().int(),
  })
  .meta({ id: 'SearchResult' });

export const entityListItemSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    type: entityTypeSchema,
    aliases: z.array(aliasSchema),
    documentCount: count,
  })
  .meta({ id: 'EntityListItem' });

export const entityListResponse = pageOf(entityListItemSchema).meta({ id: 'EntityList' });

export const entityQuoteSchema = quoteSchema.extend({
  document: z.string(),
  title: z.string().nullable(),
});

export const entityDetailResponse = z
  .object({
    entity: globalEntitySchema,
    timeline: z
      .array(z.object({ period: z.string().describe('YYYY-MM, or undated'), documents: count, mentions: count }))
      .describe('documents and mentions per publication month'),
    documents: z.array(documentSummarySchema).describe('the newest 200 documents mentioning it'),
    quotes: z.array(entityQuoteSchema).describe('what it is quoted saying in those documents'),
  })
  .meta({ id: 'EntityDetail' });

export const eventListItemSchema = eventSchema
  .extend({ outlets: z.array(z.string()).describe('outlets of its documents') })
  .meta({ id: 'EventListItem' });

export const eventListResponse = pageOf(eventListItemSchema).meta({ id: 'EventList' });

export const eventSourceSchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published: publishedDateSchema.nullable(),
  duplicateOf: z.string().nullable(),
  quotes: z.array(quoteSchema),
  figures: z.array(figureSchema),
  entities: z.array(z.object({ entity: z.string(), name: z.string(), type: entityTypeSchema, mentions: count })),
});

export const eventDetailResponse = z
  .object({
    event: eventSchema,
    sources: z.array(eventSourceSchema).describe('its documents side by side'),
    claims: z.array(claimSchema).describe('claims with a figure from one of its documents'),
  })
  .meta({ id: 'EventDetail' });

export const storylineListItemSchema = storylineSchema
  .extend({
    from: z.string().nullable().describe('date of its first dated event'),
    to: z.string().nullable().describe('date of its last dated event'),
  })
  .meta({ id: 'StorylineListItem' });

export const storylineListResponse = pageOf(storylineListItemSchema).meta({ id: 'StorylineList' });

export const storylineDetailResponse = z
  .object({
    storyline: storylineSchema,
    timeline: z.array(eventListItemSchema).describe('its events in time order'),
    entities: z.array(z.object({ id: z.string(), name: z.string(), type: entityTypeSchema })),
    documents: z.array(documentLabelSchema),
  })
  .meta({ id: 'StorylineDetail' });

export const claimListResponse = pageOf(claimSchema, {
  documents: z.array(documentLabelSchema).describe('labels of the documents the figures come from'),
}).meta({ id: 'ClaimList' });

export const statsResponse = z
  .object({
    documents: count,
    failures: count.describe('items that could not be stored'),
    outlets: z.array(z.object({ outlet: z.string().nullable(), documents: count })),
    languages: z.array(z.object({ language: z.string(), documents: count })),
    entities: count,
    events: count,
    storylines: count,
    claims: count,
    removedPieces: count,
    diagnostics: count,
  })
  .meta({ id: 'Stats' });
