/**
 * The SQLite schema, one migration per entry. A database records how many it has run in
 * `PRAGMA user_version`; new migrations are only ever appended.
 */
export const MIGRATIONS: readonly string[] = [
	`CREATE TABLE campaign (
		id TEXT PRIMARY KEY,
		name TEXT NOT NULL,
		definition TEXT NOT NULL, -- the campaign as JSON (markets, currency, budgets, phases)
		created_at TEXT NOT NULL
	);
	CREATE TABLE import (
		id INTEGER PRIMARY KEY AUTOINCREMENT,
		campaign_id TEXT NOT NULL REFERENCES campaign(id),
		file_name TEXT NOT NULL,
		content_hash TEXT NOT NULL, -- sha256 of the original bytes, also their file name in files/
		byte_size INTEGER NOT NULL,
		options TEXT NOT NULL,     -- the import options as JSON (mapping, market, currency, date)
		report TEXT NOT NULL,      -- the import report as JSON
		loaded INTEGER NOT NULL,
		rejected INTEGER NOT NULL,
		summary_skipped INTEGER NOT NULL,
		replaced INTEGER NOT NULL,
		source TEXT NOT NULL,      -- 'upload', 'cli' or 'sample'
		imported_at TEXT NOT NULL
	);
	CREATE INDEX import_campaign ON import(campaign_id, id);
	CREATE TABLE fx_rate (
		campaign_id TEXT NOT NULL REFERENCES campaign(id),
		date TEXT NOT NULL,
		currency TEXT NOT NULL,
		rate REAL NOT NULL,        -- reporting-currency units per one unit of currency
		PRIMARY KEY (campaign_id, date, currency)
	);`
];
