import { z } from 'zod';

/** Ids are short tokens; anything else (slashes, dots-dots, control characters) is refused. */
export const idSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[\p{L}\p{N}_\-:.]+$/u, 'must be letters, digits, _ - : .')
  .refine((id) => !id.includes('..'), 'must not contain ..');

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

export const pageSchema = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
};

export const documentFilterSchema = z.object({
  outlet: z.string().max(200).optional(),
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/, 'must be a language code such as id or en')
    .optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  entity: idSchema.optional(),
  ...pageSchema,
});

export const searchSchema = documentFilterSchema.extend({
  q: z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters'),
  sort: z.enum(['relevance', 'date']).default('relevance'),
});

export const listSchema = z.object({ q: z.string().max(200).optional(), ...pageSchema });

/** Drops undefined values so objects fit `exactOptionalPropertyTypes` targets. */
export function defined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}
