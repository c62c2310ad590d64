-- The words each entity is filed under (given by the registry: first and last word of every name,
-- folded), so that a batch reads only the entities its text can meet, never the whole table.
-- Entities stored before this table get their words when a batch or `warta reprocess` rewrites them.
CREATE TABLE IF NOT EXISTS entity_tokens (
  token TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  PRIMARY KEY (token, entity_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entity_tokens_entity ON entity_tokens(entity_id);
