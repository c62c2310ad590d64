-- Saved searches that alert (see the SQLite migration of the same name).
CREATE TABLE IF NOT EXISTS alerts (
  id TEXT COLLATE "C" PRIMARY KEY,
  name TEXT NOT NULL,
  query TEXT NOT NULL,
  webhook TEXT,
  secret TEXT NOT NULL,
  created_at TEXT COLLATE "C" NOT NULL,
  seen_at TEXT COLLATE "C"
);
CREATE TABLE IF NOT EXISTS alert_matches (
  seq BIGINT GENERATED ALWAYS AS IDENTITY,
  alert_id TEXT COLLATE "C" NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
  document_id TEXT COLLATE "C" NOT NULL,
  matched_at TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (alert_id, document_id)
);
CREATE INDEX IF NOT EXISTS alert_matches_recent ON alert_matches(alert_id, matched_at, seq);
CREATE TABLE IF NOT EXISTS alert_deliveries (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  alert_id TEXT COLLATE "C" NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
  payload TEXT NOT NULL,
  created_at TEXT COLLATE "C" NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT COLLATE "C",
  delivered_at TEXT COLLATE "C",
  last_status INTEGER,
  last_error TEXT
);
CREATE INDEX IF NOT EXISTS alert_deliveries_due ON alert_deliveries(next_attempt_at);
CREATE INDEX IF NOT EXISTS alert_deliveries_alert ON alert_deliveries(alert_id, id);
