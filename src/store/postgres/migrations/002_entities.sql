-- Entities without their document lists (those are the timeline rows of entity_documents).
CREATE TABLE IF NOT EXISTS entities (
  id TEXT COLLATE "C" PRIMARY KEY,
  name TEXT COLLATE "C" NOT NULL,
  type TEXT COLLATE "C" NOT NULL,
  body TEXT NOT NULL,
  document_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS entities_by_documents ON entities(document_count DESC, name, id);
CREATE INDEX IF NOT EXISTS entities_by_type ON entities(type, document_count DESC, name, id);

-- Lower-cased name and aliases of each entity (folded by the store, with full Unicode rules).
CREATE TABLE IF NOT EXISTS entity_names (
  entity_id TEXT COLLATE "C" NOT NULL,
  name TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (entity_id, name)
);
CREATE INDEX IF NOT EXISTS entity_names_name ON entity_names(name);

-- The words each entity is filed under, so that a batch reads only the entities its text can meet.
CREATE TABLE IF NOT EXISTS entity_tokens (
  token TEXT COLLATE "C" NOT NULL,
  entity_id TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (token, entity_id)
);
CREATE INDEX IF NOT EXISTS entity_tokens_entity ON entity_tokens(entity_id);

-- The entity timeline: one row per entity and document, dated by the document.
CREATE TABLE IF NOT EXISTS entity_documents (
  entity_id TEXT COLLATE "C" NOT NULL,
  document_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  mentions INTEGER NOT NULL,
  published TEXT COLLATE "C",
  PRIMARY KEY (entity_id, document_id)
);
CREATE INDEX IF NOT EXISTS entity_documents_document ON entity_documents(document_id);
