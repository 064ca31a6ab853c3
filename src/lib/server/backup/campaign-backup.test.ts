import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DefinitionContent } from '$lib/domain/definitions';
import type { Account } from '../access/accounts';
import type { StoredDefinition } from '../definitions/definition-store';
import { appContext, type AppContext } from '../app-context';
import { findCampaign, saveCampaign } from '../campaign-store';
import { serverConfig } from '../config';
import { closeDatabase, type Db } from '../database';
import { listCreators } from '../creator-store';
import { listFxRates } from '../fx-store';
import { listImports } from '../import-store';
import { storedCampaignTimeline, storedTimingActuals } from '../timeline/timeline-service';
import { BackupError } from './backup-format';
import { exportCampaignFile } from './export-campaign';
import { CampaignConflict, importCampaignFile } from './import-campaign';

const dirs: string[] = [];
const emptySampleDir = temporaryDir('parallax-no-sample-');

function temporaryDir(prefix: string): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
	dirs.push(dir);
	return dir;
}

/** A fresh install: with the shipped sample seeded, or with none. */
function install(options: { sample: boolean }): Promise<AppContext> {
	return appContext(
		serverConfig({
			PARALLAX_DATA_DIR: temporaryDir('parallax-backup-'),
			...(options.sample ? {} : { PARALLAX_SAMPLE_DIR: emptySampleDir })
		})
	);
}

const csv = (text: string) => new TextEncoder().encode(text);
const extra = csv(
	'date,market,platform,creator_id,content_id,impressions,likes,spend\n' +
		'2026-11-23,MX,tiktok,mx-extra,mx-extra-1,1000,50,20\n' +
		'2026-11-24,MX,tiktok,mx-extra,mx-extra-1,1200,61,22\n'
);
const undone = csv(
	'date,market,platform,creator_id,content_id,impressions,spend\n' +
		'2026-11-23,BR,instagram,br-extra,br-extra-1,900,15\n'
);

let source: AppContext;
let admin: Account;
let nina: Account;
let backup: Uint8Array;

beforeAll(async () => {
	source = await install({ sample: true });
	const { people, facts, definitions, annotations, metrics, experiments } = source;
	admin = people.accounts.create({
		email: 'admin@agency.test',
		name: 'Ada Admin',
		passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$secret-hash',
		isAdmin: true
	})!;
	nina = people.accounts.create({
		email: 'nina@brand.test',
		name: 'Nina Okafor',
		passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$another-secret-hash'
	})!;
	people.memberships.grant(
		{ accountId: nina.id, campaignId: 'sample', role: 'market_lead', markets: ['BR'] },
		admin.id
	);
	const campaign = findCampaign(source.db, 'sample')!;
	await facts.importFile(campaign, extra, { fileName: 'extra.csv' }, 'upload', admin.id);
	const second = await facts.importFile(
		campaign,
		undone,
		{ fileName: 'late.csv' },
		'upload',
		nina.id
	);
	await facts.undoImport('sample', second.importId!, admin.id);

	const note = {
		kind: 'note' as const,
		title: 'Backup check',
		body: 'First words.',
		scope: { markets: ['BR'], metrics: ['ctr'] },
		time: { at: '2026-11-10' }
	};
	const { id } = annotations.create('sample', note, nina.id);
	annotations.update('sample', id, { ...note, body: 'Second words.' }, admin.id, 1);
	const dispute = annotations.create(
		'sample',
		{
			kind: 'disagreement',
			title: 'Is BR reach real?',
			scope: { markets: ['BR'], metrics: ['er_reach'] },
			time: { from: '2026-11-02', to: '2026-11-08' },
			positions: [{ party: 'BR team', accountId: nina.id, reading: 'Real', argument: 'Stable.' }]
		},
		nina.id
	);
	annotations.resolve('sample', dispute.id, 'Counted once per post.', admin.id, 1);

	const brand = definitions.find('sample', 'us-brand')!;
	const signers = [...brand.signatories.map((s) => s.accountId), nina.id];
	const draft = definitions.save(
		'sample',
		{ ...contentOf(brand), rationale: 'Sales first, reach second.' },
		signers,
		admin.id,
		{ version: brand.version, revision: brand.revision }
	);
	expect(draft).toMatchObject({ created: 'version', saved: { version: 2 } });
	definitions.signOff('sample', 'us-brand', 2, nina.id);
	metrics.save(
		'sample',
		[
			{
				id: 'er_saves',
				label: 'Saves rate',
				formula: 'sum(saves) / sum(impressions)',
				unit: 'percent',
				direction: 'higher',
				description: ''
			}
		],
		admin.id
	);
	const hooks = experiments.create(
		'sample',
		{
			name: 'Hooks',
			variants: ['A', 'B'],
			markets: ['BR'],
			metric: { numerator: 'likes', denominator: 'impressions' },
			start: '2026-11-02',
			end: '2026-11-22',
			mde: 0.1
		},
		nina.id
	);
	experiments.update('sample', hooks.id, { ...hooks.content, mde: 0.08 }, admin.id, 1);
	backup = (await exportCampaignFile(source, 'sample', admin.id)).bytes;
}, 120_000);

afterAll(() => {
	for (const dir of dirs) {
		closeDatabase(dir);
		fs.rmSync(dir, { recursive: true, force: true });
	}
});

describe('a campaign backup imported into a fresh install', () => {
	let target: AppContext;

	beforeAll(async () => {
		target = await install({ sample: false });
	});

	it('brings every count, definition, annotation, member and file over unchanged', async () => {
		const summary = await importCampaignFile(target, backup, { by: null });
		expect(summary).toMatchObject({ campaignId: 'sample', created: true });
		expect(summary.changed.imports).toBe(7);
		const before = await campaignState(source, 'sample');
		expect(before.imports).toHaveLength(7);
		expect(before.imports.filter((i) => i.undoneAt !== null)).toHaveLength(1);
		expect(before.definitions.map((d) => `${d.id}@${d.version}`)).toContain('us-brand@2');
		expect(before.annotations.some((a) => a.revisions.length === 2)).toBe(true);
		expect(before.members.map((m) => m.email)).toContain('nina@brand.test');
		expect(before.experiments.map((e) => [e.id, e.revision])).toEqual([
			['creative-b-vs-a', 1],
			['hooks', 2]
		]);
		expect(before.sourcing.length).toBeGreaterThan(10);
		expect(before.approvals.length).toBeGreaterThan(10);
		expect(summary.changed).toMatchObject({
			experiments: 2,
			sourcingRecords: before.sourcing.length,
			approvalRecords: before.approvals.length
		});
		expect(summary.factRows).toBe(before.facts!.rows);
		expect(before.facts!.rows).toBeGreaterThan(1000);
		expect(await campaignState(target, 'sample')).toEqual(before);
	});

	it('keeps every split test, record and moment as the stores hold them, and the timeline with them', () => {
		// Every column but the people (install-local account ids), in one order.
		const byTable = (context: AppContext) => {
			const { experiment, sourcing_record, approval_record } = dumpTables(context.db);
			const rows = (table: unknown[] | undefined) =>
				(table as Record<string, unknown>[])
					.map(({ created_by: _, updated_by: __, ...row }) => JSON.stringify(row))
					.sort();
			return [rows(experiment), rows(sourcing_record), rows(approval_record)];
		};
		expect(byTable(target)).toEqual(byTable(source));
		const withZones = source.timeline.listSourcing('sample').filter((r) => r.agreedAt);
		expect(new Set(withZones.map((r) => r.agreedAt!.zone)).size).toBeGreaterThan(1);
		const campaign = findCampaign(target.db, 'sample')!;
		expect(Object.keys(campaign.actualPhases ?? {})).not.toHaveLength(0);
		expect(storedCampaignTimeline(target, campaign)).toEqual(
			storedCampaignTimeline(source, findCampaign(source.db, 'sample')!)
		);
		expect(storedTimingActuals(target, campaign)).toEqual(
			storedTimingActuals(source, findCampaign(source.db, 'sample')!)
		);
	});

	it('keeps authors, signatories and disagreement parties by email, on accounts that cannot sign in', () => {
		const ninaHere = accountRow(target.db, 'nina@brand.test');
		expect(ninaHere.password_hash).toBe('!');
		expect(ninaHere.id).not.toBe(nina.id);
		const dispute = target.annotations.list('sample').find((a) => a.title === 'Is BR reach real?')!;
		expect(dispute.positions?.[0]?.accountId).toBe(ninaHere.id);
		expect(dispute.resolution?.by).toBe(accountRow(target.db, 'admin@agency.test').id);
		const draft = target.definitions.find('sample', 'us-brand', 2)!;
		expect(draft.signedOff).toBe(false);
		expect(draft.signatories.find((s) => s.accountId === ninaHere.id)?.signedAt).not.toBeNull();
		expect(count(target.db, 'account WHERE is_admin = 1')).toBe(0);
		const hooks = target.db
			.prepare(`SELECT created_by, updated_by FROM experiment WHERE id = 'hooks'`)
			.get() as { created_by: string; updated_by: string };
		expect(hooks).toEqual({
			created_by: ninaHere.id,
			updated_by: accountRow(target.db, 'admin@agency.test').id
		});
	});

	it('carries no secret: no password hash, session, invite or share link', () => {
		const text = gunzipSync(backup).toString('utf8');
		expect(text).not.toContain('secret-hash');
		expect(text).not.toContain('password');
		for (const table of ['session', 'invite', 'share_link'])
			expect(count(target.db, table)).toBe(0);
	});

	it('changes nothing when the same file is imported again', async () => {
		const before = dumpTables(target.db);
		const summary = await importCampaignFile(target, backup, { by: null });
		expect(summary.created).toBe(false);
		expect(Object.values(summary.changed).every((n) => n === 0)).toBe(true);
		expect(dumpTables(target.db)).toEqual(before);
	});

	it('changes nothing when imported back into the install it came from', async () => {
		const before = dumpTables(source.db);
		const summary = await importCampaignFile(source, backup, { by: admin.id });
		expect(Object.values(summary.changed).every((n) => n === 0)).toBe(true);
		expect(dumpTables(source.db)).toEqual(before);
	});

	it('imports under another id with `as`, once', async () => {
		const summary = await importCampaignFile(target, backup, { as: 'sample-copy', by: null });
		expect(summary).toMatchObject({ campaignId: 'sample-copy', created: true });
		const copy = await campaignState(target, 'sample-copy');
		expect(copy).toEqual({ ...(await campaignState(source, 'sample')), campaign: copy.campaign });
		expect(target.experiments.list('sample-copy').map((e) => e.id)).toEqual([
			'creative-b-vs-a',
			'hooks'
		]);
		expect(target.timeline.count('sample-copy')).toEqual(source.timeline.count('sample'));
		expect(copy.campaign).toEqual({ ...findCampaign(source.db, 'sample'), id: 'sample-copy' });
		const before = dumpTables(target.db);
		await importCampaignFile(target, backup, { as: 'sample-copy', by: null });
		expect(dumpTables(target.db)).toEqual(before);
	});

	it('refuses to merge into another campaign that has the same id', async () => {
		const launch = { ...findCampaign(source.db, 'sample')!, id: 'launch', name: 'Launch' };
		saveCampaign(target.db, launch);
		const before = dumpTables(target.db);
		const attempt = importCampaignFile(target, backup, { as: 'launch', by: null });
		await expect(attempt).rejects.toThrow(CampaignConflict);
		await expect(attempt).rejects.toThrow(
			'this install already has another campaign with the id "launch" (Launch)'
		);
		expect(dumpTables(target.db)).toEqual(before);
	});

	it('imports a file written before split tests and timeline records were in it', async () => {
		const old = JSON.parse(gunzipSync(backup).toString('utf8'));
		for (const part of ['experiments', 'sourcing', 'approvals']) delete old[part];
		const file = new Uint8Array(gzipSync(JSON.stringify(old)));
		const summary = await importCampaignFile(target, file, { as: 'sample-old', by: null });
		expect(summary).toMatchObject({ campaignId: 'sample-old', created: true });
		expect(summary.changed).toMatchObject({
			experiments: 0,
			sourcingRecords: 0,
			approvalRecords: 0
		});
		const here = await campaignState(target, 'sample-old');
		const there = await campaignState(source, 'sample');
		expect(withoutTimeline(here)).toEqual({
			...withoutTimeline(there),
			campaign: { ...there.campaign, id: 'sample-old' }
		});
		expect(target.experiments.list('sample-old')).toEqual([]);
		expect(target.timeline.count('sample-old')).toEqual({ sourcing: 0, approvals: 0 });
		// Into a campaign that has them, the old file takes nothing away.
		const before = dumpTables(target.db);
		await importCampaignFile(target, file, { by: null });
		expect(dumpTables(target.db)).toEqual(before);
	});

	it('keeps what was changed here later, and takes what the file changed later', async () => {
		const [first, second] = target.timeline.listSourcing('sample');
		const later = new Date('2099-01-01T00:00:00.000Z');
		target.timeline.saveSourcing('sample', [{ ...first!, channel: null }], { now: later });
		const earlier = new Date('2000-01-01T00:00:00.000Z');
		target.timeline.saveSourcing('sample', [{ ...second!, channel: null }], { now: earlier });
		const hooks = target.experiments.find('sample', 'hooks')!;
		target.experiments.restore('sample', {
			...hooks,
			content: { ...hooks.content, mde: 0.2 },
			revision: 1,
			createdBy: null
		});
		const summary = await importCampaignFile(target, backup, { by: null });
		expect(summary.changed).toMatchObject({
			experiments: 1,
			sourcingRecords: 1,
			approvalRecords: 0
		});
		const sourcing = target.timeline.listSourcing('sample');
		expect(sourcing.find((r) => r.creatorId === first!.creatorId)?.channel).toBeNull();
		expect(sourcing.find((r) => r.creatorId === second!.creatorId)).toEqual(second);
		expect(target.experiments.find('sample', 'hooks')).toEqual(hooks);
	});

	it('refuses a split test whose name another test of the campaign has, and changes nothing', async () => {
		const old = JSON.parse(gunzipSync(backup).toString('utf8'));
		const tests = old.experiments;
		delete old.experiments;
		await importCampaignFile(target, new Uint8Array(gzipSync(JSON.stringify(old))), {
			as: 'sample-clash',
			by: null
		});
		target.experiments.create('sample-clash', { ...tests[1].content, name: 'hooks ' }, null, {
			id: 'hooks-here'
		});
		const before = dumpTables(target.db);
		const attempt = importCampaignFile(target, backup, { as: 'sample-clash', by: null });
		await expect(attempt).rejects.toThrow(BackupError);
		await expect(attempt).rejects.toThrow(
			'the backup is invalid at experiments.1.content.name: Another test of this campaign is called Hooks.'
		);
		expect(dumpTables(target.db)).toEqual(before);
	});

	it('refuses an id that is no campaign id', async () => {
		await expect(importCampaignFile(target, backup, { as: 'Not An Id', by: null })).rejects.toThrow(
			BackupError
		);
	});
});

describe('the tables a backup covers', () => {
	it('are every table of the schema but those left out on purpose (docs/backup-format.md)', () => {
		const inBackup = [
			'account',
			'annotation',
			'annotation_revision',
			'approval_record',
			'campaign',
			'campaign_metric',
			'creator',
			'definition_signatory',
			'definition_version',
			'experiment',
			'fx_rate',
			'import',
			'membership',
			'sourcing_record'
		];
		const leftOut = [
			'audit',
			'invite',
			'login_attempt',
			'session',
			'share_link',
			'sqlite_sequence'
		];
		expect(Object.keys(dumpTables(source.db)).sort()).toEqual([...inBackup, ...leftOut].sort());
	});
});

describe('the sample campaign imported into an install that seeded its own sample', () => {
	it('takes what the seeded one lacks and leaves it equal to the exported one', async () => {
		const target = await install({ sample: true });
		const summary = await importCampaignFile(target, backup, { by: null });
		expect(summary.created).toBe(false);
		// The seeded sample has the shipped imports and definitions; only what was added comes in.
		expect(summary.changed).toMatchObject({ imports: 2, definitionVersions: 1, annotations: 2 });
		// The seeded test and records are its own, written later than the exported ones.
		expect(summary.changed).toMatchObject({
			experiments: 1,
			sourcingRecords: 0,
			approvalRecords: 0
		});
		const [here, there] = [
			await campaignState(target, 'sample'),
			await campaignState(source, 'sample')
		];
		expect(here.facts).toEqual(there.facts);
		expect(here.fxRates).toEqual(there.fxRates);
		expect(withoutSince(here.members)).toEqual(withoutSince(there.members));
		expect(here.annotations).toEqual(there.annotations);
		expect(withoutTimes(here.definitions)).toEqual(withoutTimes(there.definitions));
		const tests = (state: typeof here) =>
			state.experiments.map((e) => [e.id, e.content, e.revision]).sort();
		expect(tests(here)).toEqual(tests(there));
		expect([here.sourcing, here.approvals, here.timeline, here.timing]).toEqual([
			there.sourcing,
			there.approvals,
			there.timeline,
			there.timing
		]);
		expect(here.imports.map((i) => [i.contentHash, i.undoneAt])).toEqual(
			there.imports.map((i) => [i.contentHash, i.undoneAt])
		);
		const before = dumpTables(target.db);
		await importCampaignFile(target, backup, { by: null });
		expect(dumpTables(target.db)).toEqual(before);
	});
});

/**
 * Everything a campaign holds, with people by email and no install-local ids, so that two
 * installs can be compared.
 */
async function campaignState(context: AppContext, campaignId: string) {
	const emailOf = emails(context.db);
	const person = (id: string | null) => (id === null ? null : (emailOf.get(id) ?? id));
	const [facts] = await context.facts.queryFacts<Record<string, number>>(
		campaignId,
		(t) => `SELECT count(*)::INTEGER AS rows, sum(impressions)::DOUBLE AS impressions,
			sum(spend)::DOUBLE AS spend, count(DISTINCT market)::INTEGER AS markets,
			count(DISTINCT creator_id)::INTEGER AS creators FROM ${t}`
	);
	const campaign = findCampaign(context.db, campaignId);
	return {
		campaign,
		facts,
		fxRates: listFxRates(context.db, campaignId),
		creators: listCreators(context.db, campaignId),
		imports: listImports(context.db, campaignId).map(({ id: _, campaignId: __, ...i }) => ({
			...i,
			importedBy: person(i.importedBy),
			undoneBy: person(i.undoneBy)
		})),
		definitions: context.definitions.all(campaignId).map((d) => ({
			...d,
			createdBy: person(d.createdBy),
			signatories: d.signatories.map((s) => ({ ...s, accountId: person(s.accountId) }))
		})),
		metrics: context.metrics.list(campaignId),
		annotations: context.annotations.list(campaignId, { includeHidden: true }).map((a) => ({
			...byEmail(a, person),
			authorId: person(a.authorId),
			updatedBy: person(a.updatedBy),
			revisions: context.annotations.revisions(campaignId, a.id).map((r) => ({
				...r,
				changedBy: person(r.changedBy),
				content: byEmail(r.content, person)
			}))
		})),
		members: context.people.memberships
			.list(campaignId)
			.map(({ accountId: _, campaignId: __, ...m }) => m),
		experiments: context.experiments
			.list(campaignId)
			.map((e) => ({ ...e, updatedBy: person(e.updatedBy) })),
		sourcing: context.timeline.listSourcing(campaignId),
		approvals: context.timeline.listApprovals(campaignId),
		timeline: campaign ? storedCampaignTimeline(context, campaign) : null,
		timing: campaign ? storedTimingActuals(context, campaign) : null
	};
}

/** A campaign's state without its split tests and timeline records, nor what is made of them. */
function withoutTimeline(state: Awaited<ReturnType<typeof campaignState>>) {
	const {
		experiments: _,
		sourcing: __,
		approvals: ___,
		timeline: ____,
		timing: _____,
		...rest
	} = state;
	return rest;
}

function byEmail<
	T extends { positions?: { accountId?: string }[]; resolution?: { by: string } | null }
>(content: T, person: (id: string | null) => string | null): T {
	return {
		...content,
		...(content.positions
			? {
					positions: content.positions.map((p) => ({
						...p,
						accountId: person(p.accountId ?? null)
					}))
				}
			: {}),
		...(content.resolution
			? { resolution: { ...content.resolution, by: person(content.resolution.by) } }
			: {})
	};
}

function withoutSince<T extends { since: string }>(members: T[]) {
	return members.map(({ since: _, ...m }) => m);
}

function withoutTimes<T extends { createdAt: string }>(definitions: T[]) {
	return definitions.map(({ createdAt: _, ...d }) => d);
}

function contentOf(definition: StoredDefinition): DefinitionContent {
	const { version: _, revision: __, signatories: ___, signedOff: ____, ...rest } = definition;
	const { createdAt: _at, createdBy: _by, ...content } = rest;
	return content;
}

function emails(db: Db): Map<string, string> {
	const rows = db.prepare('SELECT id, email FROM account').all() as { id: string; email: string }[];
	return new Map(rows.map((r) => [r.id, r.email]));
}

function accountRow(db: Db, email: string) {
	return db.prepare('SELECT * FROM account WHERE email = ?').get(email) as {
		id: string;
		password_hash: string;
	};
}

function count(db: Db, from: string): number {
	return (db.prepare(`SELECT count(*) AS n FROM ${from}`).get() as { n: number }).n;
}

/** Every row of every table, to show that an import changed nothing at all. */
function dumpTables(db: Db): Record<string, unknown[]> {
	const tables = db
		.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
		.all() as { name: string }[];
	return Object.fromEntries(
		tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()])
	);
}
