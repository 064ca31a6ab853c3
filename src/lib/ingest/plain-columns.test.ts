import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '$lib/engine/node-engine';
import type { Engine } from '$lib/engine/engine';
import { plainNumberColumns } from './plain-columns';
import { importCsv } from './import-csv';

describe('plainNumberColumns', () => {
	const fields = ['date', 'impressions', 'spend', null] as const;

	it('picks mapped measures whose sampled cells are plain numbers', () => {
		const sample = [
			['2026-11-01', '100', '12.50', 'x'],
			['2026-11-02', '', '3', 'y']
		];
		expect([...plainNumberColumns(sample, [...fields], null)]).toEqual([1, 2]);
	});

	it('leaves out a column with any other cell, and every column of a decimal-comma file', () => {
		expect([...plainNumberColumns([['2026-11-01', '1,204', '3', 'x']], [...fields], 'en')]).toEqual(
			[]
		);
		expect([...plainNumberColumns([['2026-11-01', '--', '3', 'x']], [...fields], 'en')]).toEqual([
			2
		]);
		expect([...plainNumberColumns([['2026-11-01', '5', '3', '0,5']], [...fields], null)]).toEqual(
			[]
		);
		expect([...plainNumberColumns([['2026-11-01', '5', '3', 'x']], [...fields], 'pt')]).toEqual([]);
	});
});

describe('the typed fast path reads a file exactly as the text path does', () => {
	let engine: Engine;
	beforeAll(async () => {
		engine = await createNodeEngine();
	});
	afterAll(() => engine.close());

	const rows = (count: number, late: string) => {
		const lines = ['date,market,impressions,spend'];
		for (let i = 0; i < count; i++)
			lines.push(`2026-11-${String((i % 28) + 1).padStart(2, '0')},BR,${i},1.5`);
		lines.push(`2026-11-28,BR,${late},2.5`);
		return new TextEncoder().encode(lines.join('\n') + '\n');
	};

	it.each([
		['a clean file', '7', { loaded: 801, rejected: 0 }, 7 + (799 * 800) / 2],
		['a placeholder beyond the sample', '--', { loaded: 801, rejected: 0 }, (799 * 800) / 2],
		[
			// The file writes decimal points, so `1,5` is no number it could mean: a reject either way.
			'a decimal comma beyond the sample',
			'"1,5"',
			{ loaded: 800, rejected: 1 },
			(799 * 800) / 2
		],
		['a negative value beyond the sample', '-4', { loaded: 800, rejected: 1 }, (799 * 800) / 2],
		['text beyond the sample', 'abc', { loaded: 800, rejected: 1 }, (799 * 800) / 2]
	])('%s', async (_, late, counted, impressions) => {
		const { report, table } = await importCsv(engine, rows(800, late), { fileName: 'late.csv' });
		await engine.exec(`DROP TABLE "${table}"`);
		expect(report.rows).toMatchObject(counted);
		expect(report.totals.impressions).toBe(impressions);
		if (counted.rejected)
			expect(report.rejects[0]).toMatchObject({
				line: 802,
				column: 'impressions',
				value: late.replaceAll('"', '')
			});
	});
});
