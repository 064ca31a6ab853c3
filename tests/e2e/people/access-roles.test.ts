import { expect, request as http, test, type APIRequestContext } from '@playwright/test';
import { acceptInvite, createInvite, ownerSession, person, postForm } from './accounts';
import { serverDatabase } from './server-data';

// Every role against every action that exists on a campaign today, over HTTP, through the
// same form actions and endpoints the pages use. A refused action answers 403 and changes
// nothing; the one role allowed does it.

const CAMPAIGN = '/campaigns/sample';
const CSV = Buffer.from('date,market,platform,views,likes\n2026-11-20,BR,tiktok,500,40\n');
const ROLES = ['campaign_owner', 'market_lead', 'recorder', 'viewer'] as const;
type Role = (typeof ROLES)[number];

let origin: string;
let admin: APIRequestContext;
const as = {} as Record<Role, APIRequestContext>;
const accountIds = {} as Record<Role, string>;

test.beforeAll(async ({ baseURL }) => {
	origin = baseURL!;
	admin = await http.newContext({ baseURL });
	await ownerSession(admin, origin);
	for (const role of ROLES) {
		const link = await createInvite(
			admin,
			origin,
			'sample',
			role,
			role === 'market_lead' ? ['BR'] : []
		);
		as[role] = await http.newContext({ baseURL });
		const joined = await acceptInvite(as[role], origin, link, person(`Role ${role}`));
		expect(joined.status()).toBe(303);
	}
	const db = serverDatabase();
	for (const role of ROLES) {
		const row = db
			.prepare('SELECT id FROM account WHERE email = ?')
			.get(person(`Role ${role}`).email) as { id: string };
		accountIds[role] = row.id;
	}
	db.close();
});

test.afterAll(async () => {
	for (const context of [admin, ...Object.values(as)]) await context.dispose();
});

/** What the server holds that an action may change. */
function snapshot() {
	const db = serverDatabase();
	const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
	const state = {
		imports: count('SELECT count(*) AS n FROM import'),
		invites: count('SELECT count(*) AS n FROM invite'),
		revokedInvites: count('SELECT count(*) AS n FROM invite WHERE revoked_at IS NOT NULL'),
		shareLinks: count('SELECT count(*) AS n FROM share_link'),
		revokedLinks: count('SELECT count(*) AS n FROM share_link WHERE revoked_at IS NOT NULL'),
		campaign: (
			db.prepare("SELECT definition FROM campaign WHERE id = 'sample'").get() as {
				definition: string;
			}
		).definition,
		memberships: JSON.stringify(
			db.prepare('SELECT account_id, role, markets FROM membership ORDER BY account_id').all()
		)
	};
	db.close();
	return state;
}

const upload = (context: APIRequestContext) =>
	context.post(`${CAMPAIGN}/imports?name=role-check.csv`, {
		data: CSV,
		headers: { 'content-type': 'application/octet-stream', origin },
		maxRedirects: 0
	});

/** Each write a campaign has today, as a function of who does it. */
const WRITES: Record<string, (context: APIRequestContext) => ReturnType<typeof upload>> = {
	'import a CSV': upload,
	'change the campaign settings': (context) =>
		postForm(context, origin, `${CAMPAIGN}/settings?/save`, {
			name: 'Brisa Sparkling — renamed',
			start: '2026-09-28',
			end: '2026-11-22',
			budget_US: '90000'
		}),
	'create an invite': (context) =>
		postForm(context, origin, `${CAMPAIGN}/people?/invite`, { role: 'viewer', days: '7' }),
	'withdraw an invite': async (context) => {
		const db = serverDatabase();
		const open = db
			.prepare('SELECT id FROM invite WHERE used_at IS NULL AND revoked_at IS NULL LIMIT 1')
			.get() as { id: string };
		db.close();
		return postForm(context, origin, `${CAMPAIGN}/people?/revokeInvite`, { id: open.id });
	},
	"change a member's role": (context) =>
		postForm(context, origin, `${CAMPAIGN}/people?/changeRole`, {
			accountId: accountIds.viewer,
			role: 'recorder'
		}),
	'remove a member': (context) =>
		postForm(context, origin, `${CAMPAIGN}/people?/removeMember`, {
			accountId: accountIds.recorder
		}),
	'create a share link': (context) =>
		postForm(context, origin, `${CAMPAIGN}/people?/share`, { view: 'live', days: '7' }),
	'revoke a share link': async (context) => {
		const db = serverDatabase();
		const live = db.prepare('SELECT id FROM share_link WHERE revoked_at IS NULL LIMIT 1').get() as {
			id: string;
		};
		db.close();
		return postForm(context, origin, `${CAMPAIGN}/people?/revokeShare`, { id: live.id });
	}
};

test.describe.configure({ mode: 'serial' });

for (const role of ['market_lead', 'recorder', 'viewer'] as const) {
	test(`a ${role.replace('_', ' ')} is refused every write with 403 and nothing changes`, async () => {
		// Something to withdraw and revoke must exist for the refusal to mean anything.
		await WRITES['create an invite']!(admin);
		await WRITES['create a share link']!(admin);
		for (const [name, write] of Object.entries(WRITES)) {
			const before = snapshot();
			const response = await write(as[role]);
			expect(response.status(), `${role}: ${name}`).toBe(403);
			expect(snapshot(), `${role}: ${name}`).toEqual(before);
		}
	});
}

test('every member reads the campaign, its people and its record', async () => {
	for (const role of ROLES) {
		for (const path of [
			'live',
			'data',
			'people',
			'settings',
			'audit.csv',
			'facts.arrow',
			'imports'
		]) {
			const response = await as[role].get(`${CAMPAIGN}/${path}`, { maxRedirects: 0 });
			expect(response.status(), `${role} reads ${path}`).toBe(200);
		}
	}
});

test('a campaign owner may take every write, and each is recorded with its author', async () => {
	const owner = as.campaign_owner;
	for (const [name, write] of Object.entries(WRITES)) {
		const before = snapshot();
		const response = await write(owner);
		expect(response.status(), name).toBeLessThan(400);
		expect(snapshot(), name).not.toEqual(before);
	}
	const record = await (await owner.get(`${CAMPAIGN}/audit.csv`)).text();
	for (const action of [
		'import_created',
		'settings_changed',
		'invite_created',
		'invite_revoked',
		'role_changed',
		'member_removed',
		'share_link_created',
		'share_link_revoked'
	]) {
		expect(record).toMatch(new RegExp(`,Role campaign_owner,[^,]+,${action},`));
	}
	const db = serverDatabase();
	const membership = db
		.prepare('SELECT role FROM membership WHERE account_id = ?')
		.get(accountIds.viewer) as { role: string };
	db.close();
	expect(membership.role).toBe('recorder');
});

test('nobody signed in is sent to sign in for pages and refused 401 for data and writes', async ({
	baseURL
}) => {
	const anonymous = await http.newContext({ baseURL });
	const page = await anonymous.get(`${CAMPAIGN}/live`, {
		headers: { accept: 'text/html' },
		maxRedirects: 0
	});
	expect(page.status()).toBe(303);
	expect(page.headers()['location']).toBe(
		`/sign-in?next=${encodeURIComponent(`${CAMPAIGN}/live`)}`
	);
	expect((await anonymous.get(`${CAMPAIGN}/facts.arrow`, { maxRedirects: 0 })).status()).toBe(401);
	const before = snapshot();
	expect((await upload(anonymous)).status()).toBe(401);
	expect(snapshot()).toEqual(before);
	await anonymous.dispose();
});
