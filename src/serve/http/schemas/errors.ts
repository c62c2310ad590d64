import { z } from 'zod';

/** Every error the API answers (src/serve/http/errors.ts): a code and a message in words. */
export const errorSchema = z
  .object({
    error: z.string().describe('bad-request, unauthorized, forbidden, not-found, too-large, busy, internal …'),
    message: z.string(),
    position: z.number().int().optional().describe('where in q a query error is (0-based)'),
  })
  .meta({ id: 'Error' });
