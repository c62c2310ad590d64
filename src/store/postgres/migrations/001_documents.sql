-- Documents, their raw sources, rejections, learned outlet templates and watched feeds.
-- Text that is sorted or compared uses the "C" collation: byte order, as SQLite compares, whatever
-- the database's locale. Bodies are JSON kept as text: read back exactly as written.
CREATE TABLE IF NOT EXISTS documents (
  -- Storage order (SQLite's rowid): scans page through it; a replaced document gets a new one.
  seq BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
  id TEXT COLLATE "C" PRIMARY KEY,
  content_hash TEXT COLLATE "C" NOT NULL UNIQUE,
  source TEXT NOT NULL,
  kind TEXT NOT NULL,
  url TEXT,
  language TEXT COLLATE "C" NOT NULL,
  title TEXT,
  outlet TEXT COLLATE "C",
  section TEXT,
  byline TEXT,
  published TEXT COLLATE "C",
  text TEXT NOT NULL,
  duplicate_of TEXT COLLATE "C",
  body TEXT NOT NULL,
  ingested_at TEXT COLLATE "C" NOT NULL,
  -- Counts of the body's `removed` and `diagnostics` lists, so that stats never parse bodies.
  removed_pieces INTEGER NOT NULL DEFAULT 0,
  diagnostics INTEGER NOT NULL DEFAULT 0,
  -- The language pack's search stems of title and text (PostgreSQL knows no Indonesian morphology).
  stems TEXT NOT NULL DEFAULT '',
  -- Title (weight A), text (B) and stems (C) as the store folds them, under the `simple` configuration.
  search TSVECTOR NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_outlet ON documents(outlet);
CREATE INDEX IF NOT EXISTS documents_published ON documents(published);
CREATE INDEX IF NOT EXISTS documents_language ON documents(language);
CREATE INDEX IF NOT EXISTS documents_ingested ON documents(ingested_at);
CREATE INDEX IF NOT EXISTS documents_search ON documents USING GIN (search);

CREATE TABLE IF NOT EXISTS raw_sources (
  document_id TEXT COLLATE "C" PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  format TEXT NOT NULL,
  content TEXT NOT NULL,
  -- How the raw item came in (all of it but its content), as JSON.
  envelope TEXT
);

CREATE TABLE IF NOT EXISTS failures (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  source TEXT NOT NULL,
  reason TEXT NOT NULL,
  message TEXT NOT NULL,
  at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS outlet_documents (
  outlet TEXT COLLATE "C" PRIMARY KEY,
  documents INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS outlet_lines (
  outlet TEXT COLLATE "C" NOT NULL,
  line TEXT COLLATE "C" NOT NULL,
  documents INTEGER NOT NULL,
  PRIMARY KEY (outlet, line)
);

CREATE TABLE IF NOT EXISTS feeds (
  url TEXT COLLATE "C" PRIMARY KEY,
  etag TEXT,
  last_modified TEXT,
  last_polled_at TEXT,
  next_poll_at TEXT,
  consecutive_failures INTEGER NOT NULL DEFAULT 0,
  last_error TEXT
);
