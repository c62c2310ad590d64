-- Saved searches that alert. A match is recorded in the transaction of the batch that stored the
-- document; deliveries are the webhook digests of those batches with their attempts. Matches do
-- not reference documents: a document rewritten under its id keeps its place in the feed.
CREATE TABLE IF NOT EXISTS alerts (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  query TEXT NOT NULL,
  webhook TEXT,
  secret TEXT NOT NULL,
  created_at TEXT NOT NULL,
  seen_at TEXT
);
CREATE TABLE IF NOT EXISTS alert_matches (
  alert_id TEXT NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
  document_id TEXT NOT NULL,
  matched_at TEXT NOT NULL,
  PRIMARY KEY (alert_id, document_id)
);
CREATE INDEX IF NOT EXISTS alert_matches_recent ON alert_matches(alert_id, matched_at);
CREATE TABLE IF NOT EXISTS alert_deliveries (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  alert_id TEXT NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
  payload TEXT NOT NULL,
  created_at TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT,
  delivered_at TEXT,
  last_status INTEGER,
  last_error TEXT
);
CREATE INDEX IF NOT EXISTS alert_deliveries_due ON alert_deliveries(next_attempt_at);
CREATE INDEX IF NOT EXISTS alert_deliveries_alert ON alert_deliveries(alert_id, id);
