-- How each raw item came in (source, kind, format, encoding, hints: all but its content), as JSON,
-- so a stored document can be analysed again from its raw content (warta reprocess).
-- NULL for documents stored before envelopes were kept.
ALTER TABLE raw_sources ADD COLUMN envelope TEXT;
