/** Request schemas live in ./schemas/params.ts; re-exported here for the routes that import them from here. */
export {
  documentFilterSchema,
  idSchema,
  listSchema,
  pageSchema,
  searchSchema,
} from './schemas/params.ts';

/** Drops undefined values so objects fit `exactOptionalPropertyTypes` targets. */
export function defined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}
