import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Campaign } from '$lib/domain/campaign';
import type { ImportReport } from '$lib/ingest/report';
import { closeDatabase, openDatabase, type Db } from './database';
import { saveCampaign } from './campaign-store';
import {
	factsSignature,
	factsVersion,
	findImport,
	insertImport,
	listActiveImports,
	listImports,
	setImportUndone
} from './import-store';

const report: ImportReport = {
	file: 'a.csv',
	detected: {
		encoding: 'utf-8',
		bom: false,
		delimiter: ',',
		decimal: '.',
		header_row: 1,
		platform: 'tiktok_ads',
		date_format: '%Y-%m-%d',
		grain: 'day',
		date_ambiguous: false,
		reported_range: null
	},
	mapping: {},
	unmapped: [],
	rows: { loaded: 3, rejected: 1, summary_skipped: 0, replaced: 0 },
	totals: {},
	currency: 'BRL',
	dates: { min: '2026-11-01', max: '2026-11-03' },
	rejects: [
		{
			line: 4,
			column: 'impressions',
			value: 'n/a',
			reason: 'not a number',
			code: 'problem_reject_not_a_number'
		}
	],
	warnings: [],
	warning_problems: []
};

let dataDir: string;
let db: Db;
let campaignCount = 0;

beforeAll(() => {
	dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-import-store-'));
	db = openDatabase(dataDir);
	db.prepare(
		`INSERT INTO account (id, email, name, password_hash, created_at) VALUES (?, ?, ?, '!', ?)`
	).run('owner', 'owner@example.com', 'Olga Owner', '2026-11-01T00:00:00.000Z');
});
afterAll(() => {
	closeDatabase(dataDir);
	fs.rmSync(dataDir, { recursive: true, force: true });
});

/** A new campaign with `count` imports, so that each test starts from its own history. */
function campaignWithImports(count: number): { id: string; imports: number[] } {
	const id = `store-${++campaignCount}`;
	const campaign: Campaign = {
		id,
		name: id,
		reportingCurrency: 'USD',
		markets: [
			{
				code: 'BR',
				name: 'Brazil',
				currency: 'BRL',
				timeZone: 'America/Sao_Paulo',
				locale: 'pt-BR'
			}
		],
		budgets: {},
		phases: []
	};
	saveCampaign(db, campaign);
	const imports = Array.from({ length: count }, (_, i) =>
		insertImport(db, {
			campaignId: id,
			fileName: `file-${i}.csv`,
			contentHash: `hash-${i}`,
			byteSize: 10 + i,
			options: { fileName: `file-${i}.csv` },
			report,
			source: 'upload',
			importedBy: 'owner'
		})
	);
	return { id, imports };
}

describe('undoing and redoing a stored import', () => {
	it('lists a new import as counting, with nobody having undone it', () => {
		const { id, imports } = campaignWithImports(1);
		expect(findImport(db, id, imports[0]!)).toMatchObject({
			id: imports[0],
			campaignId: id,
			fileName: 'file-0.csv',
			importedBy: 'owner',
			undoneAt: null,
			undoneBy: null,
			report: { rejects: report.rejects }
		});
	});

	it('marks an import undone with who and when, keeps it listed and leaves it out of the active ones', () => {
		const { id, imports } = campaignWithImports(3);
		const at = new Date('2026-11-20T09:30:00.000Z');
		expect(setImportUndone(db, id, imports[1]!, { by: 'owner', at })).toBe(true);
		expect(findImport(db, id, imports[1]!)).toMatchObject({
			undoneAt: '2026-11-20T09:30:00.000Z',
			undoneBy: 'owner'
		});
		expect(listImports(db, id).map((i) => i.id)).toEqual(imports);
		expect(listActiveImports(db, id).map((i) => i.id)).toEqual([imports[0], imports[2]]);
	});

	it('counts an undone import again when it is redone', () => {
		const { id, imports } = campaignWithImports(2);
		setImportUndone(db, id, imports[0]!, { by: null });
		expect(setImportUndone(db, id, imports[0]!, null)).toBe(true);
		expect(findImport(db, id, imports[0]!)).toMatchObject({ undoneAt: null, undoneBy: null });
		expect(listActiveImports(db, id).map((i) => i.id)).toEqual(imports);
	});

	it('changes nothing when the import is already in the asked state', () => {
		const { id, imports } = campaignWithImports(1);
		expect(setImportUndone(db, id, imports[0]!, null)).toBe(false);
		const first = new Date('2026-11-20T09:00:00.000Z');
		setImportUndone(db, id, imports[0]!, { by: 'owner', at: first });
		expect(setImportUndone(db, id, imports[0]!, { by: null, at: new Date() })).toBe(false);
		expect(findImport(db, id, imports[0]!)).toMatchObject({
			undoneAt: first.toISOString(),
			undoneBy: 'owner'
		});
	});

	it("does not find or change another campaign's import", () => {
		const mine = campaignWithImports(1);
		const theirs = campaignWithImports(1);
		expect(findImport(db, mine.id, theirs.imports[0]!)).toBeNull();
		expect(setImportUndone(db, mine.id, theirs.imports[0]!, { by: 'owner' })).toBe(false);
		expect(findImport(db, theirs.id, theirs.imports[0]!)?.undoneAt).toBeNull();
	});
});

describe('the facts signature and version', () => {
	const at = (id: number, undone = false) => ({ id, undoneAt: undone ? '2026-11-20' : null });

	it('lists the ids of the imports that count, in order', () => {
		expect(factsSignature([at(3), at(5, true), at(8)])).toBe('3,8');
		expect(factsSignature([])).toBe('');
	});

	it('gives another version after any import is undone, even one that is not the last', () => {
		const all = factsVersion([at(1), at(2), at(3)]);
		const middleUndone = factsVersion([at(1), at(2, true), at(3)]);
		const lastUndone = factsVersion([at(1), at(2), at(3, true)]);
		expect(new Set([all, middleUndone, lastUndone]).size).toBe(3);
		expect(factsVersion([at(1), at(2), at(3)])).toBe(all);
		expect(all).toMatch(/^[0-9a-f]{16}$/);
	});
});
