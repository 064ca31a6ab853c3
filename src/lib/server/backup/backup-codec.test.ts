import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../import-store';
import { readBackup, writeBackup } from './backup-codec';
import { BACKUP_FORMAT, BackupError, type BackupDocument } from './backup-format';

const original = new TextEncoder().encode('date,market,impressions\n2026-11-02,BR,100\n');
const hash = contentHash(original);

/** A small valid backup: one import with its file, one annotation, one member. */
function document(): BackupDocument {
	return {
		format: BACKUP_FORMAT,
		exported_at: '2026-11-25T10:00:00.000Z',
		app: { name: 'parallax', version: '0.1.0' },
		campaign: {
			created_at: '2026-09-01T08:00:00.000Z',
			settings: {
				id: 'launch',
				name: 'Launch',
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
			}
		},
		people: [{ email: 'ana@agency.test', name: 'Ana Lima' }],
		fx_rates: [{ date: '2026-11-02', currency: 'BRL', rate: 0.2 }],
		files: [{ sha256: hash, base64: Buffer.from(original).toString('base64') }],
		imports: [
			{
				file_name: 'br.csv',
				content_hash: hash,
				byte_size: original.length,
				options: { fileName: 'br.csv', markets: ['BR'] },
				report: { rows: { loaded: 1, rejected: 0, summary_skipped: 0, replaced: 0 } },
				source: 'upload',
				imported_by: 'ana@agency.test',
				imported_at: '2026-11-03T09:00:00.000Z',
				undone_at: null,
				undone_by: null
			}
		],
		definitions: [],
		metrics: [],
		annotations: [
			{
				id: 'ann-one',
				content: {
					kind: 'note',
					title: 'A note',
					body: '',
					scope: { markets: ['BR'], metrics: [], platforms: [], variants: [] },
					time: { at: '2026-11-02' },
					links: []
				},
				author: 'ana@agency.test',
				created_at: '2026-11-03T10:00:00.000Z',
				updated_at: '2026-11-03T10:00:00.000Z',
				updated_by: 'ana@agency.test',
				revision: 1,
				hidden_at: null,
				revisions: [
					{
						revision: 1,
						change: 'created',
						content: {
							kind: 'note',
							title: 'A note',
							body: '',
							scope: { markets: ['BR'], metrics: [], platforms: [], variants: [] },
							time: { at: '2026-11-02' },
							links: []
						},
						hidden: false,
						changed_by: 'ana@agency.test',
						changed_at: '2026-11-03T10:00:00.000Z'
					}
				]
			}
		],
		memberships: [
			{
				person: 'ana@agency.test',
				role: 'campaign_owner',
				markets: [],
				created_at: '2026-09-01T08:00:00.000Z',
				created_by: null
			}
		],
		creators: []
	};
}

/** The small backup with a split test and timeline records, as format 1 holds them now. */
function withTimeline(): Required<BackupDocument> {
	return {
		...document(),
		experiments: [
			{
				id: 'hooks',
				content: {
					name: 'Hooks',
					variants: ['A', 'B'],
					markets: ['BR'],
					metric: { numerator: 'clicks', denominator: 'impressions' },
					split: [50, 50],
					start: '2026-11-02',
					end: '2026-11-22',
					hypothesis: '',
					mde: 0.05
				},
				revision: 2,
				created_at: '2026-11-01T09:00:00.000Z',
				created_by: 'ana@agency.test',
				updated_at: '2026-11-02T09:00:00.000Z',
				updated_by: null
			}
		],
		sourcing: [
			{
				market: 'BR',
				creator_id: 'br-c1',
				channel: 'cold_outreach',
				contacted_at: { utc: '2026-10-12T13:06:00.000Z', zone: 'America/Sao_Paulo' },
				agreed_at: { utc: '2026-10-14T02:15:00.000Z', zone: 'America/Los_Angeles' },
				outcome: 'agreed',
				updated_at: '2026-10-20T08:00:00.000Z'
			}
		],
		approvals: [
			{
				market: 'BR',
				content_id: 'br-1',
				revision: 1,
				creator_id: 'br-c1',
				submitted_at: { utc: '2026-11-03T12:00:00.000Z', zone: 'America/Sao_Paulo' },
				decided_at: { utc: '2026-11-04T15:30:00.000Z', zone: 'America/New_York' },
				decision: 'changes_requested',
				due_on: '2026-11-08',
				updated_at: '2026-11-05T08:00:00.000Z'
			},
			{
				market: 'BR',
				content_id: 'br-1',
				revision: 2,
				creator_id: 'br-c1',
				submitted_at: { utc: '2026-11-05T12:00:00.000Z', zone: 'America/Sao_Paulo' },
				decided_at: { utc: '2026-11-05T18:00:00.000Z', zone: 'America/Sao_Paulo' },
				decision: 'approved',
				due_on: null,
				updated_at: '2026-11-05T20:00:00.000Z'
			}
		]
	};
}

const gzipJson = (value: unknown) => new Uint8Array(gzipSync(JSON.stringify(value)));

function readError(bytes: Uint8Array): string {
	try {
		readBackup(bytes);
	} catch (error) {
		expect(error).toBeInstanceOf(BackupError);
		return (error as Error).message;
	}
	throw new Error('the backup was read');
}

describe('readBackup', () => {
	it('reads what writeBackup wrote, with each original file checked and by its sha256', () => {
		const bytes = writeBackup(document());
		expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
		const backup = readBackup(bytes);
		expect(backup.document.campaign.settings.id).toBe('launch');
		expect(backup.document.imports[0]?.options).toEqual({ fileName: 'br.csv', markets: ['BR'] });
		expect([...backup.originals.keys()]).toEqual([hash]);
		expect(backup.originals.get(hash)).toEqual(original);
	});

	it('also reads the JSON without compression', () => {
		const bytes = new TextEncoder().encode(JSON.stringify(document()));
		expect(readBackup(bytes).document.people).toEqual([
			{ email: 'ana@agency.test', name: 'Ana Lima' }
		]);
	});

	it.each([
		['an empty file', new Uint8Array(), 'the file is empty'],
		[
			'a cut-off download',
			writeBackup(document()).subarray(0, 200),
			'the backup cannot be decompressed: it is damaged'
		],
		[
			'a CSV',
			new TextEncoder().encode('date,market\n'),
			'this is not a Parallax campaign backup: it is not JSON'
		],
		[
			'other JSON',
			gzipJson({ campaigns: [] }),
			'this is not a Parallax campaign backup: it has no parallax-campaign format'
		],
		[
			'a newer format',
			gzipJson({ ...document(), format: 'parallax-campaign/2' }),
			'the backup is in format parallax-campaign/2; this version of Parallax reads parallax-campaign/1 only'
		]
	])('refuses %s', (_, bytes, message) => {
		expect(readError(bytes)).toBe(message);
	});

	it('refuses an original file whose bytes no longer match their sha256', () => {
		const damaged = document();
		damaged.files[0]!.base64 = Buffer.from('date,market,impressions\n2026-11-02,BR,999\n').toString(
			'base64'
		);
		expect(readError(writeBackup(damaged))).toMatch(/^the backup is damaged: the original file/);
	});

	it('refuses an import whose original file is missing', () => {
		expect(readError(writeBackup({ ...document(), files: [] }))).toBe(
			'the backup lacks the original of br.csv'
		);
	});

	it('names the field of content that fails the checks the stores make', () => {
		const invalid = document();
		invalid.annotations[0]!.content = { ...invalid.annotations[0]!.content, title: '' };
		expect(readError(writeBackup(invalid))).toBe(
			'the backup is invalid at annotations.0.content.title: Write a title.'
		);
	});

	it('refuses a membership of someone not among its people', () => {
		const invalid = document();
		invalid.memberships[0]!.person = 'bo@agency.test';
		expect(readError(writeBackup(invalid))).toBe(
			'the backup names bo@agency.test for a membership but not among its people'
		);
	});

	it('refuses an annotation whose revisions do not run from 1 to its revision', () => {
		const invalid = document();
		invalid.annotations[0]!.revision = 2;
		expect(readError(writeBackup(invalid))).toBe(
			"the backup's annotation ann-one lacks revisions: it needs 1 to 2"
		);
	});

	it('refuses an item held twice', () => {
		const invalid = document();
		invalid.annotations.push(invalid.annotations[0]!);
		expect(readError(writeBackup(invalid))).toBe('the backup holds the annotation ann-one twice');
		expect(() => readBackup(writeBackup(invalid))).toThrow(
			expect.objectContaining({
				problem: { code: 'problem_backup_twice', params: { item: 'annotation', key: 'ann-one' } }
			})
		);
	});

	it('reads split tests and timeline records, each moment as its instant and zone', () => {
		const written = withTimeline();
		const { document: read } = readBackup(writeBackup(written));
		expect(read.experiments).toEqual(written.experiments);
		expect(read.sourcing).toEqual(written.sourcing);
		expect(read.approvals).toEqual(written.approvals);
		expect(read.sourcing[0]!.agreed_at).toEqual({
			utc: '2026-10-14T02:15:00.000Z',
			zone: 'America/Los_Angeles'
		});
	});

	it('reads a file written before split tests and timeline records were in it', () => {
		const old = document() as Record<string, unknown>;
		expect(Object.keys(old)).not.toContain('experiments');
		const { document: read } = readBackup(gzipJson(old));
		expect([read.experiments, read.sourcing, read.approvals]).toEqual([[], [], []]);
	});

	it('refuses a timeline record whose zone is no time zone, naming the part and the record', () => {
		const invalid = withTimeline();
		invalid.sourcing[0]!.contacted_at.zone = 'Mars/Olympus_Mons';
		expect(readError(writeBackup(invalid))).toBe(
			'the backup is invalid at sourcing.0.contacted_at.zone: Mars/Olympus_Mons is not an IANA time zone; write one such as America/Sao_Paulo.'
		);
		const approvals = withTimeline();
		approvals.approvals[1]!.decided_at.zone = 'Pacific Time';
		expect(readError(writeBackup(approvals))).toBe(
			'the backup is invalid at approvals.1.decided_at.zone: Pacific Time is not an IANA time zone; write one such as America/Sao_Paulo.'
		);
	});

	it('refuses an approval decided before it was submitted, on the submitter’s clock', () => {
		const invalid = withTimeline();
		invalid.approvals[1]!.decided_at.utc = '2026-11-05T11:59:00.000Z';
		expect(readError(writeBackup(invalid))).toBe(
			'the backup is invalid at approvals.1.decided_at: decided before it was submitted (2026-11-05 09:00)'
		);
	});

	it('refuses a creator agreed before the first contact, or agreed without an agreement', () => {
		const early = withTimeline();
		early.sourcing[0]!.agreed_at!.utc = '2026-10-12T13:05:00.000Z';
		expect(readError(writeBackup(early))).toBe(
			'the backup is invalid at sourcing.0.agreed_at: agreed before the first contact (2026-10-12 10:06)'
		);
		const missing = withTimeline();
		missing.sourcing[0]!.agreed_at = null;
		expect(readError(writeBackup(missing))).toBe(
			'the backup is invalid at sourcing.0.agreed_at: an agreed creator needs the date and time of the agreement'
		);
	});

	it('refuses a split test whose content fails its checks, or held twice', () => {
		const invalid = withTimeline();
		invalid.experiments[0]!.content = { ...invalid.experiments[0]!.content, end: '2026-11-01' };
		expect(readError(writeBackup(invalid))).toMatch(
			/^the backup is invalid at experiments\.0\.content\.end: /
		);
		const twice = withTimeline();
		twice.experiments.push(twice.experiments[0]!);
		expect(readError(writeBackup(twice))).toBe('the backup holds the split test hooks twice');
		const records = withTimeline();
		records.approvals.push(records.approvals[0]!);
		expect(readError(writeBackup(records))).toBe(
			'the backup holds the approval record br-1 (BR, revision 1) twice'
		);
	});

	it('refuses a split test by someone not among its people', () => {
		const invalid = withTimeline();
		invalid.experiments[0]!.updated_by = 'bo@agency.test';
		expect(readError(writeBackup(invalid))).toBe(
			'the backup names bo@agency.test but not among its people'
		);
	});
});
