-- A caller's id is the identity of a record, so two ids may hold the same text: the content hash
-- is no longer unique, only indexed. (The hashes themselves are computed again by a code step.)
ALTER TABLE documents DROP CONSTRAINT IF EXISTS documents_content_hash_key;
CREATE INDEX IF NOT EXISTS documents_content_hash ON documents(content_hash);
