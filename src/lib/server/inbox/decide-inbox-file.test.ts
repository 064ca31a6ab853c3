import { describe, expect, it } from 'vitest';
import {
	decideInboxFile,
	inboxFileProblem,
	type ConfirmedImport,
	type InboxFile
} from './decide-inbox-file';

// Headers as the platforms write them (see tests/fixtures/exports/).
const META = [
	'Reporting starts',
	'Reporting ends',
	'Campaign name',
	'Ad set name',
	'Ad name',
	'Day',
	'Country',
	'Platform',
	'Amount spent (USD)',
	'Impressions',
	'Link clicks'
];
const META_NO_COUNTRY = META.filter((h) => h !== 'Country');
const TIKTOK = [
	'Date',
	'Campaign name',
	'Ad group name',
	'Cost',
	'CPC (destination)',
	'Impressions'
];
const GENERIC = ['date', 'market', 'creator_id', 'impressions', 'spend'];

const confirmed = (
	id: number,
	platform: ConfirmedImport['platform'],
	headers: string[],
	options: Partial<ConfirmedImport['options']> = {}
): ConfirmedImport => ({
	id,
	platform,
	headers,
	options: { fileName: `file-${id}.csv`, ...options }
});

const file = (overrides: Partial<InboxFile>): InboxFile => ({
	name: 'export.csv',
	headers: META,
	markets: ['US', 'MX'],
	imports: [],
	...overrides
});

describe('decideInboxFile', () => {
	it('leaves a recognised export waiting until one file of its platform was imported', () => {
		expect(
			decideInboxFile(file({ imports: [confirmed(1, 'tiktok_ads', TIKTOK, { market: 'US' })] }))
		).toEqual({
			kind: 'wait',
			platform: 'meta_ads',
			note: { code: 'problem_inbox_no_confirmed_mapping', params: { platform: 'Meta Ads' } }
		});
	});

	it("imports with the latest confirmed import's mapping for the platform, the market from the file", () => {
		const decision = decideInboxFile(
			file({
				imports: [
					confirmed(1, 'meta_ads', META, { mapping: { 'Campaign name': 'variant' } }),
					confirmed(2, 'tiktok_ads', TIKTOK, { market: 'US' }),
					confirmed(3, 'meta_ads', META, { mapping: { 'Ad set name': 'variant' } })
				]
			})
		);
		expect(decision).toEqual({
			kind: 'import',
			platform: 'meta_ads',
			confirmedBy: 3,
			options: { fileName: 'inbox/export.csv', mapping: { 'Ad set name': 'variant' } }
		});
	});

	it('never reuses a market or a date typed for the confirmed file', () => {
		const decision = decideInboxFile(
			file({
				name: 'MX__export.csv',
				headers: META_NO_COUNTRY,
				imports: [confirmed(1, 'meta_ads', META_NO_COUNTRY, { market: 'US', date: '2026-03-01' })]
			})
		);
		expect(decision).toMatchObject({
			kind: 'import',
			options: { fileName: 'inbox/MX__export.csv', market: 'MX' }
		});
		expect(decision.kind === 'import' && Object.keys(decision.options).sort()).toEqual([
			'fileName',
			'market'
		]);
	});

	it('waits with a note when the market is in neither a column nor the file name', () => {
		const decision = decideInboxFile(
			file({ headers: META_NO_COUNTRY, imports: [confirmed(1, 'meta_ads', META_NO_COUNTRY)] })
		);
		expect(decision).toEqual({
			kind: 'wait',
			platform: 'meta_ads',
			note: { code: 'problem_inbox_market_unknown', params: { file: 'export.csv', market: 'US' } }
		});
	});

	it("refuses a file-name market that is not one of the campaign's", () => {
		const decision = decideInboxFile(
			file({ name: 'cl__export.csv', imports: [confirmed(1, 'meta_ads', META)] })
		);
		expect(decision).toMatchObject({
			kind: 'wait',
			note: {
				code: 'problem_inbox_market_not_in_campaign',
				params: { market: 'CL', markets: 'US, MX' }
			}
		});
	});

	it('lets a file-name market win over a market column', () => {
		const decision = decideInboxFile(
			file({ name: 'us__export.csv', imports: [confirmed(1, 'meta_ads', META)] })
		);
		expect(decision).toMatchObject({ kind: 'import', options: { market: 'US' } });
	});

	it("takes a one-market campaign's market for a file without a market column", () => {
		const decision = decideInboxFile(
			file({
				headers: META_NO_COUNTRY,
				markets: ['BR'],
				imports: [confirmed(1, 'meta_ads', META_NO_COUNTRY)]
			})
		);
		expect(decision).toMatchObject({ kind: 'import', options: { market: 'BR' } });
	});

	it('reuses a typed currency only for the same market', () => {
		const imports = [confirmed(1, 'tiktok_ads', TIKTOK, { market: 'US', currency: 'USD' })];
		expect(decideInboxFile(file({ name: 'US__t.csv', headers: TIKTOK, imports }))).toMatchObject({
			kind: 'import',
			options: { market: 'US', currency: 'USD' }
		});
		const other = decideInboxFile(file({ name: 'MX__t.csv', headers: TIKTOK, imports }));
		expect(other).toMatchObject({ kind: 'import', options: { market: 'MX' } });
		expect(other.kind === 'import' && other.options.currency).toBeUndefined();
	});

	it('matches an unrecognised export to an earlier import by its exact set of headers', () => {
		const imports = [confirmed(4, 'generic', [...GENERIC].reverse())];
		expect(decideInboxFile(file({ headers: GENERIC, imports }))).toMatchObject({
			kind: 'import',
			platform: 'generic',
			confirmedBy: 4
		});
		expect(decideInboxFile(file({ headers: [...GENERIC, 'clicks'], imports }))).toEqual({
			kind: 'wait',
			platform: 'generic',
			note: { code: 'problem_inbox_unrecognised' }
		});
	});

	it('waits for a file of period totals, whose confirmed import was given its date by hand', () => {
		const totals = ['market', 'impressions', 'spend'];
		const decision = decideInboxFile(
			file({
				headers: totals,
				imports: [confirmed(5, 'generic', totals, { date: '2026-11-01' })]
			})
		);
		expect(decision).toMatchObject({
			kind: 'wait',
			note: { code: 'problem_inbox_no_date_column' }
		});
	});

	it('waits when the confirmed mapping leaves no measure', () => {
		const headers = ['date', 'market', 'impressions'];
		const decision = decideInboxFile(
			file({
				headers,
				imports: [confirmed(6, 'generic', headers, { mapping: { impressions: null } })]
			})
		);
		expect(decision).toMatchObject({
			kind: 'wait',
			note: { code: 'problem_inbox_no_measure_column' }
		});
	});
});

describe('inboxFileProblem', () => {
	it.each([
		['export.csv', 10, null],
		['export.TSV', 10, null],
		['export.xlsx', 10, { code: 'problem_inbox_not_csv' }],
		['export.csv', 0, { code: 'problem_inbox_file_empty' }],
		['export.csv', 3 * 1048576, { code: 'problem_inbox_too_large', params: { limit: 2 } }]
	])('%s of %i bytes → %j', (name, size, expected) => {
		expect(inboxFileProblem(name, size, 2 * 1048576)).toEqual(expected);
	});
});
