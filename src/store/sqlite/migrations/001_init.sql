CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE,
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
CREATE INDEX IF NOT EXISTS documents_outlet ON documents(outlet);
CREATE INDEX IF NOT EXISTS documents_published ON documents(published);
CREATE INDEX IF NOT EXISTS documents_language ON documents(language);

CREATE TABLE IF NOT EXISTS raw_sources (
  document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  format TEXT NOT NULL,
  content TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS entity_documents (
  entity_id TEXT NOT NULL,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  mentions INTEGER NOT NULL,
  published TEXT,
  PRIMARY KEY (entity_id, document_id)
);
CREATE INDEX IF NOT EXISTS entity_documents_document ON entity_documents(document_id);

CREATE TABLE IF NOT EXISTS entities (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  body TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS clusters (
  kind TEXT NOT NULL,
  id TEXT NOT NULL,
  body TEXT NOT NULL,
  sort_key TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (kind, id)
);

CREATE TABLE IF NOT EXISTS failures (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  source TEXT NOT NULL,
  reason TEXT NOT NULL,
  message TEXT NOT NULL,
  at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS outlet_documents (
  outlet TEXT PRIMARY KEY,
  documents INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS outlet_lines (
  outlet TEXT NOT NULL,
  line TEXT NOT NULL,
  documents INTEGER NOT NULL,
  PRIMARY KEY (outlet, line)
);

CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
  title, text, stems,
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE INDEX IF NOT EXISTS clusters_sort ON clusters(kind, sort_key);
