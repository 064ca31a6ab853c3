import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { saveCampaign } from './campaign-store';
import { closeDatabase, openDatabase, type Db } from './database';
import { deleteFxRates, listFxRates, parseFxCsv, saveFxRates, upsertFxRates } from './fx-store';

const dirs: string[] = [];
let db: Db;

beforeEach(() => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-fx-'));
	dirs.push(dir);
	db = openDatabase(dir);
	saveCampaign(db, {
		id: 'launch',
		name: 'Launch',
		reportingCurrency: 'USD',
		markets: [
			{ code: 'BR', name: 'BR', currency: 'BRL', timeZone: 'America/Sao_Paulo', locale: 'pt-BR' }
		],
		budgets: {},
		phases: []
	});
});

afterAll(() => {
	for (const dir of dirs) {
		closeDatabase(dir);
		fs.rmSync(dir, { recursive: true, force: true });
	}
});

describe('the FX store', () => {
	it('sets rates over the table, replacing a day’s rate and keeping the rest', () => {
		saveFxRates(db, 'launch', [
			{ date: '2026-05-05', currency: 'BRL', rate: 0.18 },
			{ date: '2026-05-06', currency: 'BRL', rate: 0.18 }
		]);
		upsertFxRates(db, 'launch', [
			{ date: '2026-05-06', currency: 'BRL', rate: 0.19 },
			{ date: '2026-05-06', currency: 'USD', rate: 1 }
		]);
		expect(listFxRates(db, 'launch')).toEqual([
			{ date: '2026-05-05', currency: 'BRL', rate: 0.18 },
			{ date: '2026-05-06', currency: 'BRL', rate: 0.19 },
			{ date: '2026-05-06', currency: 'USD', rate: 1 }
		]);
	});

	it('removes one currency’s rates over a span only', () => {
		upsertFxRates(db, 'launch', [
			{ date: '2026-05-05', currency: 'BRL', rate: 0.18 },
			{ date: '2026-05-06', currency: 'BRL', rate: 0.18 },
			{ date: '2026-05-07', currency: 'BRL', rate: 0.18 },
			{ date: '2026-05-06', currency: 'USD', rate: 1 }
		]);
		expect(deleteFxRates(db, 'launch', 'BRL', '2026-05-06', '2026-05-09')).toBe(2);
		expect(listFxRates(db, 'launch')).toEqual([
			{ date: '2026-05-05', currency: 'BRL', rate: 0.18 },
			{ date: '2026-05-06', currency: 'USD', rate: 1 }
		]);
	});

	it('refuses a bad rate whole, before writing any', () => {
		expect(() =>
			upsertFxRates(db, 'launch', [
				{ date: '2026-05-05', currency: 'BRL', rate: 0.18 },
				{ date: '2026-05-06', currency: 'BRL', rate: -1 }
			])
		).toThrow();
		expect(listFxRates(db, 'launch')).toEqual([]);
	});

	it('reads an FX file or throws naming the first bad line', () => {
		expect(parseFxCsv('date,currency,rate\n2026-05-05,BRL,0.18\n')).toEqual([
			{ date: '2026-05-05', currency: 'BRL', rate: 0.18 }
		]);
		expect(() => parseFxCsv('date,currency,rate\n2026-05-05,BRL,0.18\n2026-5-6,BRL,1\n')).toThrow(
			'fx.csv line 3: not a date as YYYY-MM-DD'
		);
	});
});
