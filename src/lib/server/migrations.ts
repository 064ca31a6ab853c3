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
	);`,
	`CREATE TABLE account (
		id TEXT PRIMARY KEY,
		email TEXT NOT NULL UNIQUE CHECK (email = lower(trim(email))),
		name TEXT NOT NULL,
		password_hash TEXT NOT NULL, -- argon2id in PHC form, never the password
		created_at TEXT NOT NULL,
		disabled_at TEXT
	);
	CREATE TABLE session (
		id TEXT PRIMARY KEY,         -- sha256 of the cookie token; the token itself is never stored
		account_id TEXT NOT NULL REFERENCES account(id) ON DELETE CASCADE,
		created_at TEXT NOT NULL,
		expires_at TEXT NOT NULL,
		last_seen_at TEXT NOT NULL
	);
	CREATE INDEX session_account ON session(account_id);
	CREATE TABLE membership (
		account_id TEXT NOT NULL REFERENCES account(id) ON DELETE CASCADE,
		campaign_id TEXT NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
		role TEXT NOT NULL CHECK (role IN ('campaign_owner', 'market_lead', 'recorder', 'viewer')),
		markets TEXT NOT NULL DEFAULT '[]', -- JSON array of market codes; empty means every market
		created_at TEXT NOT NULL,
		created_by TEXT REFERENCES account(id),
		PRIMARY KEY (account_id, campaign_id)
	);
	CREATE INDEX membership_campaign ON membership(campaign_id);
	CREATE TABLE invite (
		id TEXT PRIMARY KEY,         -- sha256 of the link token
		campaign_id TEXT NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
		role TEXT NOT NULL CHECK (role IN ('campaign_owner', 'market_lead', 'recorder', 'viewer')),
		markets TEXT NOT NULL DEFAULT '[]',
		created_by TEXT NOT NULL REFERENCES account(id),
		created_at TEXT NOT NULL,
		expires_at TEXT NOT NULL,
		used_at TEXT,
		used_by TEXT REFERENCES account(id)
	);
	CREATE INDEX invite_campaign ON invite(campaign_id);
	CREATE TABLE share_link (
		id TEXT PRIMARY KEY,         -- sha256 of the link token
		campaign_id TEXT NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
		view TEXT NOT NULL,          -- the path of the shared view inside the campaign
		created_by TEXT NOT NULL REFERENCES account(id),
		created_at TEXT NOT NULL,
		expires_at TEXT NOT NULL,
		revoked_at TEXT
	);
	CREATE INDEX share_link_campaign ON share_link(campaign_id);
	CREATE TABLE login_attempt (
		key TEXT NOT NULL,           -- 'account:<email>' or 'address:<ip>'; failed attempts only
		at TEXT NOT NULL
	);
	CREATE INDEX login_attempt_key ON login_attempt(key, at);
	CREATE TABLE audit (
		id INTEGER PRIMARY KEY AUTOINCREMENT,
		at TEXT NOT NULL,
		-- no foreign keys: the record outlives the accounts and campaigns it names
		account_id TEXT,             -- null for the system itself
		campaign_id TEXT,
		action TEXT NOT NULL,
		item_kind TEXT,
		item_id TEXT,
		detail TEXT NOT NULL DEFAULT '{}' -- JSON
	);
	CREATE INDEX audit_item ON audit(item_kind, item_id, id);
	CREATE INDEX audit_campaign ON audit(campaign_id, id);`,
	`ALTER TABLE account ADD COLUMN is_admin INTEGER NOT NULL DEFAULT 0; -- runs the install, sees every campaign
	ALTER TABLE invite ADD COLUMN revoked_at TEXT;
	ALTER TABLE import ADD COLUMN imported_by TEXT REFERENCES account(id); -- null for the command line and the sample`,
	`CREATE TABLE definition_version (
		campaign_id TEXT NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
		definition_id TEXT NOT NULL,
		version INTEGER NOT NULL,
		content TEXT NOT NULL,       -- the definition's content as JSON (team, markets, KPIs, cap, bands)
		revision INTEGER NOT NULL DEFAULT 1, -- saves of this version while a draft; guards stale saves
		created_at TEXT NOT NULL,
		created_by TEXT REFERENCES account(id),
		updated_at TEXT NOT NULL,
		updated_by TEXT REFERENCES account(id),
		PRIMARY KEY (campaign_id, definition_id, version)
	);
	CREATE TABLE definition_signatory (
		campaign_id TEXT NOT NULL,
		definition_id TEXT NOT NULL,
		version INTEGER NOT NULL,
		account_id TEXT NOT NULL REFERENCES account(id),
		signed_at TEXT,              -- null until this person signs the version off
		PRIMARY KEY (campaign_id, definition_id, version, account_id),
		FOREIGN KEY (campaign_id, definition_id, version)
			REFERENCES definition_version(campaign_id, definition_id, version) ON DELETE CASCADE
	);
	CREATE TABLE campaign_metric (
		campaign_id TEXT NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
		id TEXT NOT NULL,
		content TEXT NOT NULL,       -- the metric as JSON (label, formula, unit, direction, family)
		updated_at TEXT NOT NULL,
		updated_by TEXT REFERENCES account(id),
		PRIMARY KEY (campaign_id, id)
	);`,
	`CREATE TABLE annotation (
		campaign_id TEXT NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
		id TEXT NOT NULL,
		content TEXT NOT NULL,       -- the annotation's content as JSON (kind, title, body, scope, time, ...)
		-- no foreign keys on accounts: an annotation outlives the account that wrote it
		author_id TEXT,              -- null when no account wrote it (the sample's unknown people)
		created_at TEXT NOT NULL,
		updated_at TEXT NOT NULL,
		updated_by TEXT,
		revision INTEGER NOT NULL DEFAULT 1, -- saves so far; guards stale saves
		hidden_at TEXT,              -- deleting hides: null while shown
		PRIMARY KEY (campaign_id, id)
	);
	CREATE TABLE annotation_revision (
		campaign_id TEXT NOT NULL,
		annotation_id TEXT NOT NULL,
		revision INTEGER NOT NULL,
		content TEXT NOT NULL,       -- the content as JSON after this change
		hidden INTEGER NOT NULL,     -- 1 when hidden after this change
		changed_by TEXT,
		changed_at TEXT NOT NULL,
		change TEXT NOT NULL
			CHECK (change IN ('created', 'edited', 'hidden', 'shown', 'position_added', 'resolved')),
		PRIMARY KEY (campaign_id, annotation_id, revision),
		FOREIGN KEY (campaign_id, annotation_id)
			REFERENCES annotation(campaign_id, id) ON DELETE CASCADE
	);`,
	`ALTER TABLE import ADD COLUMN undone_at TEXT; -- null while the import counts; undoing keeps the row
	ALTER TABLE import ADD COLUMN undone_by TEXT REFERENCES account(id); -- null for the command line`,
	`CREATE TABLE creator (
		campaign_id TEXT NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
		id TEXT NOT NULL,            -- the creator_id facts refer to
		handle TEXT NOT NULL,
		market TEXT NOT NULL,
		platform TEXT NOT NULL,
		followers INTEGER,
		tier TEXT,                   -- nano, micro, mid, macro or mega
		sourcing TEXT,               -- existing_network or cold_outreach
		updated_at TEXT NOT NULL,
		PRIMARY KEY (campaign_id, id)
	);
	CREATE INDEX creator_market ON creator(campaign_id, market);`,
	`ALTER TABLE account ADD COLUMN locale TEXT; -- the interface language chosen; null: the browser's`,
	`CREATE TABLE experiment (
		campaign_id TEXT NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
		id TEXT NOT NULL,
		content TEXT NOT NULL,       -- the split test as JSON (name, variants, markets, metric, split, dates, ...)
		created_at TEXT NOT NULL,
		created_by TEXT,             -- null for the sample's own test
		updated_at TEXT NOT NULL,
		updated_by TEXT,
		revision INTEGER NOT NULL DEFAULT 1, -- saves so far; guards stale saves
		PRIMARY KEY (campaign_id, id)
	);`,
	`CREATE TABLE sourcing_record (
		campaign_id TEXT NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
		market TEXT NOT NULL,
		creator_id TEXT NOT NULL,
		channel TEXT,                -- existing_network, cold_outreach, or null when not said
		contacted_at TEXT NOT NULL,  -- UTC instant, ISO 8601
		contacted_zone TEXT NOT NULL, -- IANA zone the first contact was written in
		agreed_at TEXT,              -- UTC instant; set exactly when the outcome is agreed
		agreed_zone TEXT,
		outcome TEXT NOT NULL CHECK (outcome IN ('agreed', 'declined', 'no_reply', 'pending')),
		updated_at TEXT NOT NULL,
		PRIMARY KEY (campaign_id, market, creator_id)
	);
	CREATE TABLE approval_record (
		campaign_id TEXT NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
		market TEXT NOT NULL,
		content_id TEXT NOT NULL,
		revision INTEGER NOT NULL,   -- 1 for the first submission
		creator_id TEXT,
		submitted_at TEXT NOT NULL,  -- UTC instant, ISO 8601
		submitted_zone TEXT NOT NULL,
		decided_at TEXT NOT NULL,
		decided_zone TEXT NOT NULL,
		decision TEXT NOT NULL CHECK (decision IN ('approved', 'changes_requested')),
		due_on TEXT,                 -- the day the piece is due to go live, in the market's calendar
		updated_at TEXT NOT NULL,
		PRIMARY KEY (campaign_id, market, content_id, revision)
	);`
];
