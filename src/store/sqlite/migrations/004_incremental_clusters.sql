-- Incremental clustering: the state that lets a batch meet only its candidates (see src/store/cluster-port.ts).
-- Clusters of a store made before it came from whole-store passes and have no state behind them:
-- they go, and `warta reprocess` builds them again through the incremental path.
DELETE FROM clusters;
ALTER TABLE clusters ADD COLUMN latest TEXT NOT NULL DEFAULT '';
CREATE INDEX IF NOT EXISTS clusters_latest ON clusters(kind, latest);

CREATE TABLE IF NOT EXISTS claim_documents (
  claim_id TEXT NOT NULL,
  document_id TEXT NOT NULL,
  PRIMARY KEY (claim_id, document_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS claim_documents_document ON claim_documents(document_id);

CREATE TABLE IF NOT EXISTS claim_scopes (
  claim_id TEXT PRIMARY KEY,
  storyline_id TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS claim_scopes_storyline ON claim_scopes(storyline_id);

CREATE TABLE IF NOT EXISTS cluster_documents (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  event_id TEXT NOT NULL,
  day_first INTEGER,
  day_last INTEGER,
  duplicate_of TEXT,
  evicted INTEGER NOT NULL DEFAULT 0,
  body TEXT NOT NULL,
  signature BLOB NOT NULL,
  shingles BLOB,
  claim_items TEXT
);
CREATE INDEX IF NOT EXISTS cluster_documents_event ON cluster_documents(event_id);
CREATE INDEX IF NOT EXISTS cluster_documents_duplicate ON cluster_documents(duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE INDEX IF NOT EXISTS cluster_documents_retention ON cluster_documents(day_last) WHERE evicted = 0;

-- Postings carry the document's days, so a lookup reads the entries within its time window.
CREATE TABLE IF NOT EXISTS cluster_term_postings (
  term TEXT NOT NULL,
  seq INTEGER NOT NULL,
  day_first INTEGER,
  day_last INTEGER,
  PRIMARY KEY (term, seq)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS cluster_term_postings_seq ON cluster_term_postings(seq);
CREATE INDEX IF NOT EXISTS cluster_term_postings_day ON cluster_term_postings(term, day_first);

CREATE TABLE IF NOT EXISTS cluster_entity_postings (
  entity_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  day_first INTEGER,
  day_last INTEGER,
  PRIMARY KEY (entity_id, seq)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS cluster_entity_postings_seq ON cluster_entity_postings(seq);
CREATE INDEX IF NOT EXISTS cluster_entity_postings_day ON cluster_entity_postings(entity_id, day_first);

CREATE TABLE IF NOT EXISTS cluster_bands (
  band INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  PRIMARY KEY (band, seq)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS cluster_bands_seq ON cluster_bands(seq);

CREATE TABLE IF NOT EXISTS cluster_term_stats (
  term TEXT PRIMARY KEY,
  documents INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS cluster_entity_stats (
  entity_id TEXT PRIMARY KEY,
  documents INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS cluster_language_stats (
  language TEXT PRIMARY KEY,
  documents INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS cluster_events (
  id TEXT PRIMARY KEY,
  founded_seq INTEGER NOT NULL,
  storyline_id TEXT,
  body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS cluster_events_storyline ON cluster_events(storyline_id);

CREATE TABLE IF NOT EXISTS cluster_storylines (
  id TEXT PRIMARY KEY,
  founded_seq INTEGER NOT NULL,
  body TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS cluster_storyline_entities (
  entity_id TEXT NOT NULL,
  storyline_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  PRIMARY KEY (entity_id, storyline_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS cluster_storyline_entities_recent ON cluster_storyline_entities(entity_id, seq);

CREATE TABLE IF NOT EXISTS cluster_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS cluster_storyline_entities_storyline ON cluster_storyline_entities(storyline_id);
