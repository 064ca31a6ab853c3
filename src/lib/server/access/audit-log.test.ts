import { beforeEach, describe, expect, it } from 'vitest';
import { useTempDatabases } from '../../../../tests/support/temp-database';
import type { Db } from '../database';
import { AccountStore, type Account } from './accounts';
import { AuditLog, auditCsv, type AuditRecord } from './audit-log';

const start = new Date('2026-11-25T10:00:00.000Z');

const openTempDatabase = useTempDatabases('audit');
let db: Db;
let now: Date;
let audit: AuditLog;
let ana: Account;

const later = (ms: number) => {
	now = new Date(now.getTime() + ms);
};

beforeEach(() => {
	db = openTempDatabase();
	now = start;
	ana = new AccountStore(db, { now: () => now }).create({
		email: 'ana@example.com',
		name: 'Ana Silva',
		passwordHash: 'h'
	})!;
	audit = new AuditLog(db, { now: () => now });
});

function seed(): void {
	audit.record({
		accountId: ana.id,
		campaignId: 'launch',
		action: 'annotation_created',
		itemKind: 'annotation',
		itemId: 'a1',
		detail: { text: 'Creator posted late' }
	});
	later(1000);
	audit.record({
		accountId: null,
		campaignId: 'launch',
		action: 'import_loaded',
		itemKind: 'import',
		itemId: '7'
	});
	later(1000);
	audit.record({
		accountId: ana.id,
		campaignId: 'launch',
		action: 'annotation_hidden',
		itemKind: 'annotation',
		itemId: 'a1'
	});
	audit.record({
		accountId: ana.id,
		campaignId: 'holiday',
		action: 'annotation_created',
		itemKind: 'annotation',
		itemId: 'a1'
	});
	audit.record({
		accountId: null,
		campaignId: null,
		action: 'sign_in_failed',
		itemKind: 'account',
		itemId: 'ana@example.com'
	});
}

describe('AuditLog', () => {
	it('lists a campaign’s entries newest first, stamped by the clock, with who did them', () => {
		seed();
		const list = audit.list({ campaignId: 'launch' });
		expect(list.map((r) => r.action)).toEqual([
			'annotation_hidden',
			'import_loaded',
			'annotation_created'
		]);
		expect(list[2]).toEqual({
			id: expect.any(Number),
			at: start.toISOString(),
			accountId: ana.id,
			accountName: 'Ana Silva',
			campaignId: 'launch',
			action: 'annotation_created',
			itemKind: 'annotation',
			itemId: 'a1',
			detail: { text: 'Creator posted late' }
		});
		expect(list[1]).toMatchObject({
			at: new Date(start.getTime() + 1000).toISOString(),
			accountId: null,
			accountName: null,
			detail: {}
		});
	});

	it('lists one item’s entries within the campaign', () => {
		seed();
		const list = audit.list({ campaignId: 'launch', itemKind: 'annotation', itemId: 'a1' });
		expect(list.map((r) => [r.campaignId, r.action])).toEqual([
			['launch', 'annotation_hidden'],
			['launch', 'annotation_created']
		]);
		expect(audit.list({ campaignId: 'launch', itemKind: 'import' }).map((r) => r.itemId)).toEqual([
			'7'
		]);
		expect(audit.list({ campaignId: 'nowhere' })).toEqual([]);
	});

	it('lists install-wide entries apart from the campaigns’', () => {
		seed();
		expect(audit.listInstallWide().map((r) => r.action)).toEqual(['sign_in_failed']);
	});
});

describe('auditCsv', () => {
	it('writes a header and the records oldest first, naming Parallax for its own entries', () => {
		seed();
		const csv = auditCsv(audit.list({ campaignId: 'launch' }));
		const lines = csv.split('\r\n');
		expect(lines[0]).toBe('at,who,account_id,action,item_kind,item_id,detail');
		expect(lines.slice(1)).toEqual([
			`2026-11-25T10:00:00.000Z,Ana Silva,${ana.id},annotation_created,annotation,a1,"{""text"":""Creator posted late""}"`,
			'2026-11-25T10:00:01.000Z,Parallax,,import_loaded,import,7,{}',
			`2026-11-25T10:00:02.000Z,Ana Silva,${ana.id},annotation_hidden,annotation,a1,{}`,
			''
		]);
	});

	it('neutralises cells that a spreadsheet would run as a formula', () => {
		const record = (overrides: Partial<AuditRecord>): AuditRecord => ({
			id: 1,
			at: start.toISOString(),
			accountId: 'x',
			accountName: 'Ana',
			campaignId: 'launch',
			action: 'note',
			itemKind: null,
			itemId: null,
			detail: {},
			...overrides
		});
		const csv = auditCsv([
			record({ id: 4, accountName: '=HYPERLINK("http://evil.example","x")' }),
			record({ id: 3, itemId: '+1+1' }),
			record({ id: 2, itemKind: '-2' }),
			record({ id: 1, action: '@SUM(A1)' })
		]);
		const lines = csv.split('\r\n');
		expect(lines[1]).toContain(",'@SUM(A1),");
		expect(lines[2]).toContain(",'-2,");
		expect(lines[3]).toContain(",'+1+1,");
		expect(lines[4]).toContain(`,"'=HYPERLINK(""http://evil.example"",""x"")",`);
	});

	it('neutralises a stored name that begins with = in a listed record', () => {
		const mallory = new AccountStore(db, { now: () => now }).create({
			email: 'mallory@example.com',
			name: '=cmd|" /C calc"!A0',
			passwordHash: 'h'
		})!;
		audit.record({
			accountId: mallory.id,
			campaignId: 'launch',
			action: 'comment',
			itemKind: 'annotation',
			itemId: 'a2'
		});
		const csv = auditCsv(audit.list({ campaignId: 'launch' }));
		expect(csv).toContain(`"'=cmd|"" /C calc""!A0",${mallory.id}`);
		expect(csv).not.toMatch(/(^|,)"?=/m);
	});
});
