/** What the saved-search routes take and answer (src/serve/http/routes/alerts.ts). */
import { z } from 'zod';

export const alertBody = z
  .object({
    name: z.string().describe('what the search is called'),
    query: z.string().describe('a query in the search language (see GET /api/search)'),
    webhook: z.string().nullable().optional().describe('an http(s) URL that receives one POST per ingested batch with new matches'),
  })
  .meta({ id: 'NewAlert' });

export const alertIdParams = z.object({ id: z.string().min(1).max(200) });

/** An alert as anyone may read it: whether it has a webhook, never the URL (it may carry a key). */
export const publicAlertSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    query: z.string(),
    webhook: z.boolean().describe('whether a webhook is set'),
    createdAt: z.string(),
    seenAt: z.string().nullable().describe('when its matches were last marked seen'),
    matches: z.number().int().min(0).describe('articles matched since it was saved'),
    newMatches: z.number().int().min(0).describe('matches since seenAt'),
  })
  .meta({ id: 'Alert' });

export const alertListResponse = z
  .object({ total: z.number().int().min(0), items: z.array(publicAlertSchema) })
  .meta({ id: 'AlertList' });

export const alertCreatedResponse = z
  .object({
    id: z.string(),
    alert: publicAlertSchema,
    secret: z.string().describe('shown once: signs each webhook post (X-Warta-Signature: sha256=<HMAC-SHA256 of the body>)'),
  })
  .meta({ id: 'AlertCreated' });

export const alertDetailResponse = publicAlertSchema
  .extend({
    deliveries: z
      .array(
        z.object({
          id: z.number().int(),
          attempts: z.number().int().min(0),
          nextAttemptAt: z.string().nullable(),
          deliveredAt: z.string().nullable(),
          lastError: z.string().nullable(),
        }),
      )
      .describe('its latest 20 webhook deliveries'),
  })
  .meta({ id: 'AlertDetail' });

export const alertSeenResponse = z.object({ id: z.string(), seen: z.literal(true) }).meta({ id: 'AlertSeen' });
