import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverConfig } from '../config';
import { closeDatabase } from '../database';
import { parseCommand } from './arguments';
import { runCampaignSplit, type CampaignSplitDocument } from './split-campaign-command';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-split-campaign-'));
const config = serverConfig({ PARALLAX_DATA_DIR: dir, PARALLAX_NOW: '2026-11-25' });

/** The command as the bin parses it, run on this file's data directory. */
function split(...args: string[]) {
	const command = parseCommand(['split', ...args]);
	if (command.command !== 'split' || command.source !== 'campaign')
		throw new Error('not a campaign split');
	return runCampaignSplit(command, config);
}

let document: CampaignSplitDocument;

beforeAll(async () => {
	document = JSON.parse(await split('--campaign', 'sample', '--test', 'Creative B vs A', '--json'));
}, 120_000);

afterAll(() => {
	closeDatabase(dir);
	fs.rmSync(dir, { recursive: true, force: true });
});

describe('parallax split --campaign --test', () => {
	it('parses the campaign mode apart from the file mode, and refuses a mix of both', () => {
		expect(parseCommand(['split', '--campaign', 'sample', '--test', 'X', '--json'])).toEqual({
			command: 'split',
			source: 'campaign',
			campaign: 'sample',
			test: 'X',
			json: true
		});
		expect(() => parseCommand(['split', 'a.csv', '--campaign', 'sample', '--test', 'X'])).toThrow(
			'give either a file or --campaign ID with --test NAME'
		);
		expect(() => parseCommand(['split', '--campaign', 'sample'])).toThrow(
			'give the test: --test NAME'
		);
		expect(
			parseCommand(['split', 'a.csv', '--variant', 'v', '--control', 'A', '--metric', 'y'])
		).toMatchObject({ source: 'file', file: 'a.csv' });
	});

	it('prints the file mode’s document, with the test and its sample size beside it', () => {
		// The keys of `toSplitDocument`, the file mode's document, in its order.
		const fileKeys = [
			'method',
			'method_description',
			'source',
			'planned_split',
			'groups',
			'pooled',
			'combined',
			'heterogeneity',
			'simpson_warning',
			'simpson_reasons'
		];
		expect(Object.keys(document)).toEqual([
			...fileKeys,
			'experiment',
			'missing',
			'left_out',
			'power'
		]);
		expect(document.source).toEqual({
			file: 'campaign sample',
			variant: 'variant',
			control: 'A',
			metric: 'clicks',
			denominator: 'impressions',
			by: 'market'
		});
		expect(document.experiment).toMatchObject({
			id: 'creative-b-vs-a',
			name: 'Creative B vs A',
			as_of: '2026-11-22',
			read: { from: '2026-09-28', to: '2026-11-22' }
		});
		expect(
			document.groups.map((g) => [g.group, g.variants.map((v) => v.n), g.srm.mismatch])
		).toEqual([
			['US', [152, 153], false],
			['MX', [162, 162], false],
			['BR', [139, 140], false],
			['CO', [130, 129], false],
			['AR', [190, 108], true]
		]);
		expect(document.simpson_warning).toBe(true);
		expect(document.power).toHaveLength(5);
	});

	it('writes the reading for a terminal', async () => {
		const text = await split('--campaign', 'sample', '--test', 'creative-b-vs-a');
		expect(text).toContain('Creative B vs A: B against A (control), 2026-09-28 to 2026-11-22');
		expect(text.match(/MISMATCH/g)).toHaveLength(1);
		expect(text).toContain("warning: Simpson's paradox");
		expect(text).toMatch(/\n {2}AR: \d+ per variant; /);
	});

	it('names the tests a campaign has when the one asked for is not among them', async () => {
		await expect(split('--campaign', 'sample', '--test', 'Hooks')).rejects.toThrow(
			'campaign "sample" has no test "Hooks"; its tests are "Creative B vs A"'
		);
		await expect(split('--campaign', 'nope', '--test', 'Hooks')).rejects.toThrow(
			'no campaign with id "nope"'
		);
	});
});
