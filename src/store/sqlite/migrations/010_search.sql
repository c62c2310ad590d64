-- Search by entity names (src/search/plan.ts): each entity's names and aliases folded as search
-- folds words (whole = 1), and the words of four letters or more of its longer names (whole = 0),
-- with their trigrams for typo lookups (src/search/fuzzy.ts). Written with the entities.
CREATE TABLE IF NOT EXISTS entity_search_keys (
  key TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  whole INTEGER NOT NULL,
  display TEXT NOT NULL,
  PRIMARY KEY (key, entity_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entity_search_keys_entity ON entity_search_keys(entity_id);

CREATE TABLE IF NOT EXISTS entity_key_trigrams (
  trigram TEXT NOT NULL,
  key TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  PRIMARY KEY (trigram, key, entity_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entity_key_trigrams_entity ON entity_key_trigrams(entity_id);

-- What stores made before this migration still need, done in pages by the store once open
-- (src/store/sqlite/search-index.ts): stems, which the CLI never gave the store (the stems column
-- holds the lower-cased text), and the keys of their entities. `after` is where the next page starts.
CREATE TABLE IF NOT EXISTS search_backfill (
  task TEXT PRIMARY KEY,
  after TEXT NOT NULL
);
INSERT OR IGNORE INTO search_backfill SELECT 'stems', '0' WHERE EXISTS (SELECT 1 FROM documents);
INSERT OR IGNORE INTO search_backfill SELECT 'entity-keys', '' WHERE EXISTS (SELECT 1 FROM entities);
