-- Events, storylines and claims as the API shows them, and the incremental clustering state that
-- lets a batch meet only its candidates (see src/store/cluster-port.ts).
CREATE TABLE IF NOT EXISTS clusters (
  kind TEXT COLLATE "C" NOT NULL,
  id TEXT COLLATE "C" NOT NULL,
  body TEXT NOT NULL,
  sort_key TEXT COLLATE "C" NOT NULL DEFAULT '',
  latest TEXT COLLATE "C" NOT NULL DEFAULT '',
  PRIMARY KEY (kind, id)
);
CREATE INDEX IF NOT EXISTS clusters_sort ON clusters(kind, sort_key);
CREATE INDEX IF NOT EXISTS clusters_latest ON clusters(kind, latest);

CREATE TABLE IF NOT EXISTS claim_documents (
  claim_id TEXT COLLATE "C" NOT NULL,
  document_id TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (claim_id, document_id)
);
CREATE INDEX IF NOT EXISTS claim_documents_document ON claim_documents(document_id);

CREATE TABLE IF NOT EXISTS claim_scopes (
  claim_id TEXT COLLATE "C" PRIMARY KEY,
  storyline_id TEXT COLLATE "C" NOT NULL
);
CREATE INDEX IF NOT EXISTS claim_scopes_storyline ON claim_scopes(storyline_id);

-- A clustered document. Its sequence number is given by the clusterer (arrival order).
CREATE TABLE IF NOT EXISTS cluster_documents (
  seq INTEGER PRIMARY KEY,
  id TEXT COLLATE "C" NOT NULL UNIQUE,
  event_id TEXT COLLATE "C" NOT NULL,
  day_first INTEGER,
  day_last INTEGER,
  duplicate_of TEXT COLLATE "C",
  evicted BOOLEAN NOT NULL DEFAULT FALSE,
  -- What an event's member list needs, in columns: reading members never parses the term vectors.
  title TEXT NOT NULL,
  lead TEXT NOT NULL,
  own_published TEXT,
  evidence TEXT NOT NULL,
  -- The rest of the record (language, outlet, terms, title terms, entities) as JSON.
  body TEXT NOT NULL,
  signature BYTEA NOT NULL,
  shingles BYTEA,
  claim_items TEXT
);
CREATE INDEX IF NOT EXISTS cluster_documents_event ON cluster_documents(event_id);
CREATE INDEX IF NOT EXISTS cluster_documents_duplicate ON cluster_documents(duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE INDEX IF NOT EXISTS cluster_documents_retention ON cluster_documents(day_last) WHERE NOT evicted;

-- Term keys are (language, term): SQLite's one key joins them with NUL, which PostgreSQL text cannot hold.
-- Postings carry the document's days, so a lookup reads the entries within its time window.
CREATE TABLE IF NOT EXISTS cluster_term_postings (
  language TEXT COLLATE "C" NOT NULL,
  term TEXT COLLATE "C" NOT NULL,
  seq INTEGER NOT NULL,
  day_first INTEGER,
  day_last INTEGER,
  PRIMARY KEY (language, term, seq)
);
CREATE INDEX IF NOT EXISTS cluster_term_postings_seq ON cluster_term_postings(seq);
CREATE INDEX IF NOT EXISTS cluster_term_postings_day ON cluster_term_postings(language, term, day_first);

CREATE TABLE IF NOT EXISTS cluster_entity_postings (
  entity_id TEXT COLLATE "C" NOT NULL,
  seq INTEGER NOT NULL,
  day_first INTEGER,
  day_last INTEGER,
  PRIMARY KEY (entity_id, seq)
);
CREATE INDEX IF NOT EXISTS cluster_entity_postings_seq ON cluster_entity_postings(seq);
CREATE INDEX IF NOT EXISTS cluster_entity_postings_day ON cluster_entity_postings(entity_id, day_first);

-- LSH band keys are band · 2³² + hash: beyond 32 bits.
CREATE TABLE IF NOT EXISTS cluster_bands (
  band BIGINT NOT NULL,
  seq INTEGER NOT NULL,
  PRIMARY KEY (band, seq)
);
CREATE INDEX IF NOT EXISTS cluster_bands_seq ON cluster_bands(seq);

CREATE TABLE IF NOT EXISTS cluster_term_stats (
  language TEXT COLLATE "C" NOT NULL,
  term TEXT COLLATE "C" NOT NULL,
  documents INTEGER NOT NULL,
  PRIMARY KEY (language, term)
);

CREATE TABLE IF NOT EXISTS cluster_entity_stats (
  entity_id TEXT COLLATE "C" PRIMARY KEY,
  documents INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS cluster_language_stats (
  language TEXT COLLATE "C" PRIMARY KEY,
  documents INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS cluster_events (
  id TEXT COLLATE "C" PRIMARY KEY,
  founded_seq INTEGER NOT NULL,
  storyline_id TEXT COLLATE "C",
  body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS cluster_events_storyline ON cluster_events(storyline_id);

CREATE TABLE IF NOT EXISTS cluster_storylines (
  id TEXT COLLATE "C" PRIMARY KEY,
  founded_seq INTEGER NOT NULL,
  body TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS cluster_storyline_entities (
  entity_id TEXT COLLATE "C" NOT NULL,
  storyline_id TEXT COLLATE "C" NOT NULL,
  seq INTEGER NOT NULL,
  PRIMARY KEY (entity_id, storyline_id)
);
CREATE INDEX IF NOT EXISTS cluster_storyline_entities_recent ON cluster_storyline_entities(entity_id, seq, storyline_id);
CREATE INDEX IF NOT EXISTS cluster_storyline_entities_storyline ON cluster_storyline_entities(storyline_id);

CREATE TABLE IF NOT EXISTS cluster_meta (
  key TEXT COLLATE "C" PRIMARY KEY,
  value TEXT NOT NULL
);
