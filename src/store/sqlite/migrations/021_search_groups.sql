-- What search needs of every matching document, in a narrow table: its near-duplicate group and
-- its date. Read from `documents` itself, each match costs a visit to a wide row (the text sits
-- before `duplicate_of`), which at 100k documents was most of a common word's search time.
-- Kept by triggers, so every write path keeps it; a migration that rebuilds `documents` must
-- create the triggers again.
CREATE TABLE IF NOT EXISTS search_groups (
  seq INTEGER PRIMARY KEY,
  grp TEXT NOT NULL,
  published TEXT
);
INSERT OR REPLACE INTO search_groups (seq, grp, published)
  SELECT rowid, COALESCE(duplicate_of, id), published FROM documents;
CREATE TRIGGER IF NOT EXISTS search_groups_insert AFTER INSERT ON documents BEGIN
  INSERT OR REPLACE INTO search_groups (seq, grp, published) VALUES (new.rowid, COALESCE(new.duplicate_of, new.id), new.published);
END;
CREATE TRIGGER IF NOT EXISTS search_groups_update AFTER UPDATE OF id, duplicate_of, published ON documents BEGIN
  DELETE FROM search_groups WHERE seq = old.rowid;
  INSERT OR REPLACE INTO search_groups (seq, grp, published) VALUES (new.rowid, COALESCE(new.duplicate_of, new.id), new.published);
END;
CREATE TRIGGER IF NOT EXISTS search_groups_delete AFTER DELETE ON documents BEGIN
  DELETE FROM search_groups WHERE seq = old.rowid;
END;
