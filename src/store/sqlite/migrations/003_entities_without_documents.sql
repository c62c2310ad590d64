-- Entities are kept without their document lists (those live in entity_documents): a body stays
-- small however often the entity is mentioned, and a batch rewrites only the entities it touched.
ALTER TABLE entities ADD COLUMN document_count INTEGER NOT NULL DEFAULT 0;

UPDATE entities SET
  document_count = COALESCE(json_array_length(body, '$.documents'), 0),
  body = json_set(
    json_remove(body, '$.documents'),
    '$.documentCount',
    COALESCE(json_array_length(body, '$.documents'), 0)
  );

CREATE INDEX IF NOT EXISTS entities_by_documents ON entities(document_count DESC, name, id);
CREATE INDEX IF NOT EXISTS entities_by_type ON entities(type, document_count DESC, name, id);

-- Lower-cased name and aliases of each entity, for finding entities by name without reading bodies.
-- (SQLite's lower() folds ASCII only; the store writes these rows with full Unicode folding.)
CREATE TABLE IF NOT EXISTS entity_names (
  entity_id TEXT NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (entity_id, name)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entity_names_name ON entity_names(name);

INSERT OR IGNORE INTO entity_names (entity_id, name) SELECT id, lower(name) FROM entities;
INSERT OR IGNORE INTO entity_names (entity_id, name)
  SELECT e.id, lower(json_extract(a.value, '$.alias'))
  FROM entities e, json_each(e.body, '$.aliases') a
  WHERE json_extract(a.value, '$.alias') IS NOT NULL;
