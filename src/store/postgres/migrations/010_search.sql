-- Search by entity names (src/search/plan.ts): each entity's names and aliases folded as search
-- folds words (whole), and the words of four letters or more of its longer names (not whole),
-- with their trigrams for typo lookups (src/search/fuzzy.ts). The same tables as SQLite's, so a
-- typo finds the same entity on both stores, pg_trgm or not. Written with the entities.
CREATE TABLE IF NOT EXISTS entity_search_keys (
  key TEXT COLLATE "C" NOT NULL,
  entity_id TEXT COLLATE "C" NOT NULL,
  whole BOOLEAN NOT NULL,
  display TEXT NOT NULL,
  PRIMARY KEY (key, entity_id)
);
CREATE INDEX IF NOT EXISTS entity_search_keys_entity ON entity_search_keys(entity_id);

CREATE TABLE IF NOT EXISTS entity_key_trigrams (
  trigram TEXT COLLATE "C" NOT NULL,
  key TEXT COLLATE "C" NOT NULL,
  entity_id TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (trigram, key, entity_id)
);
CREATE INDEX IF NOT EXISTS entity_key_trigrams_entity ON entity_key_trigrams(entity_id);

-- What stores made before this migration still need, done in pages by the store once open
-- (src/store/postgres/search-index.ts): stems, which the CLI never gave the store (the stems
-- column and the search vector hold the lower-cased text), and the keys of their entities.
CREATE TABLE IF NOT EXISTS search_backfill (
  task TEXT COLLATE "C" PRIMARY KEY,
  after TEXT COLLATE "C" NOT NULL
);
INSERT INTO search_backfill SELECT 'stems', '0' WHERE EXISTS (SELECT 1 FROM documents) ON CONFLICT DO NOTHING;
INSERT INTO search_backfill SELECT 'entity-keys', '' WHERE EXISTS (SELECT 1 FROM entities) ON CONFLICT DO NOTHING;
