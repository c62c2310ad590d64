-- A trigram index on entity names, for substring and (later) typo-tolerant name lookups. pg_trgm
-- ships with PostgreSQL but may be missing or not allowed here: the store then works without it.
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE INDEX IF NOT EXISTS entity_names_trigrams ON entity_names USING GIN (name gin_trgm_ops);
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'no trigram index on entity names (%)', SQLERRM;
END
$$;
