-- A caller's id is the identity of a record, so two ids may hold the same text: the content hash
-- is no longer unique (an index keeps it quick to look up). SQLite cannot drop a constraint, so
-- the table is rebuilt, keeping every rowid (documents_fts rows and scan cursors use it).
-- Applied with foreign keys off (see migrate), or dropping the old table would cascade.
CREATE TABLE documents_rebuilt (
  id TEXT PRIMARY KEY,
  content_hash TEXT NOT NULL,
  source TEXT NOT NULL,
  kind TEXT NOT NULL,
  url TEXT,
  language TEXT NOT NULL,
  title TEXT,
  outlet TEXT,
  section TEXT,
  byline TEXT,
  published TEXT,
  text TEXT NOT NULL,
  duplicate_of TEXT,
  body TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
INSERT INTO documents_rebuilt (rowid, id, content_hash, source, kind, url, language, title, outlet, section,
    byline, published, text, duplicate_of, body, ingested_at)
  SELECT rowid, id, content_hash, source, kind, url, language, title, outlet, section,
    byline, published, text, duplicate_of, body, ingested_at
  FROM documents;
DROP TABLE documents;
ALTER TABLE documents_rebuilt RENAME TO documents;
CREATE INDEX IF NOT EXISTS documents_outlet ON documents(outlet);
CREATE INDEX IF NOT EXISTS documents_published ON documents(published);
CREATE INDEX IF NOT EXISTS documents_language ON documents(language);
CREATE INDEX IF NOT EXISTS documents_content_hash ON documents(content_hash);
