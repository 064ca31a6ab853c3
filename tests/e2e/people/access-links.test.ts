import { expect, request as http, test, type APIRequestContext } from '@playwright/test';
import {
	acceptInvite,
	createInvite,
	OWNER,
	ownerSession,
	person,
	postForm,
	signIn
} from './accounts';
import { serverDatabase, storedBytes } from './server-data';

// Share links, invites, sessions and cross-site requests, over HTTP against a running server.

const CAMPAIGN = '/campaigns/sample';
let origin: string;
let owner: APIRequestContext;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ baseURL }) => {
	origin = baseURL!;
	owner = await http.newContext({ baseURL });
	await ownerSession(owner, origin);
});

test.afterAll(async () => owner.dispose());

async function shareLink(view: string): Promise<string> {
	const response = await postForm(owner, origin, `${CAMPAIGN}/people?/share`, { view, days: '7' });
	expect(response.status()).toBe(200);
	const link = /\/share\/[A-Za-z0-9_-]{43}/.exec(await response.text());
	if (!link) throw new Error('no share link on the people page');
	return link[0];
}

/** Lets a link's time run out, as if its days had passed. */
function expire(table: 'invite' | 'share_link'): void {
	const db = serverDatabase();
	db.prepare(`UPDATE ${table} SET expires_at = '2000-01-01T00:00:00.000Z'`).run();
	db.close();
}

test('a share link opens its view read-only, refuses every write and every other view', async ({
	baseURL
}) => {
	const link = await shareLink('live?metric=likes');
	const visitor = await http.newContext({ baseURL });
	const opened = await visitor.get(link, { maxRedirects: 0 });
	expect(opened.status()).toBe(303);
	expect(opened.headers()['location']).toBe(`${CAMPAIGN}/live?metric=likes`);
	expect((await visitor.get(`${CAMPAIGN}/live?metric=likes`)).status()).toBe(200);
	expect((await visitor.get(`${CAMPAIGN}/facts.arrow`)).status()).toBe(200);
	for (const path of ['data', 'people', 'audit.csv', 'imports']) {
		const response = await visitor.get(`${CAMPAIGN}/${path}`, { maxRedirects: 0 });
		expect(response.status(), path).toBe(403);
	}
	const imports = await visitor.post(`${CAMPAIGN}/imports?name=a.csv`, {
		data: Buffer.from('date,market,views\n2026-11-20,BR,1\n'),
		headers: { 'content-type': 'application/octet-stream', origin }
	});
	expect(imports.status()).toBe(403);
	const invite = await postForm(visitor, origin, `${CAMPAIGN}/people?/invite`, {
		role: 'campaign_owner',
		days: '7'
	});
	expect(invite.status()).toBe(403);
	const home = await visitor.get('/', { headers: { accept: 'text/html' }, maxRedirects: 0 });
	expect(home.headers()['location']).toBe('/sign-in');
	await visitor.dispose();
});

test('a revoked share link stops working at once, for a visitor who already opened it', async ({
	baseURL
}) => {
	const link = await shareLink('live');
	const visitor = await http.newContext({ baseURL });
	await visitor.get(link);
	expect((await visitor.get(`${CAMPAIGN}/live`, { maxRedirects: 0 })).status()).toBe(200);
	const db = serverDatabase();
	const { id } = db
		.prepare('SELECT id FROM share_link WHERE revoked_at IS NULL ORDER BY created_at DESC LIMIT 1')
		.get() as { id: string };
	db.close();
	const revoked = await postForm(owner, origin, `${CAMPAIGN}/people?/revokeShare`, { id });
	expect(revoked.status()).toBe(200);
	const after = await visitor.get(`${CAMPAIGN}/live`, {
		headers: { accept: 'text/html' },
		maxRedirects: 0
	});
	expect(after.headers()['location']).toMatch(/^\/sign-in/);
	expect((await visitor.get(`${CAMPAIGN}/facts.arrow`)).status()).toBe(401);
	expect((await visitor.get(link, { maxRedirects: 0 })).status()).toBe(410);
	await visitor.dispose();
});

test('an expired share link and an expired invite are refused', async ({ baseURL }) => {
	const link = await shareLink('live');
	const invite = await createInvite(owner, origin, 'sample', 'viewer');
	expire('share_link');
	expire('invite');
	const visitor = await http.newContext({ baseURL });
	const shared = await visitor.get(link, { maxRedirects: 0 });
	expect(shared.status()).toBe(410);
	expect(await shared.text()).toContain('expired');
	expect((await visitor.get(`${CAMPAIGN}/facts.arrow`)).status()).toBe(401);
	const joined = await acceptInvite(visitor, origin, invite, person('Late Comer'));
	expect(joined.status()).toBe(410);
	const db = serverDatabase();
	const made = db
		.prepare('SELECT count(*) AS n FROM account WHERE email = ?')
		.get(person('Late Comer').email) as { n: number };
	db.close();
	expect(made.n).toBe(0);
	await visitor.dispose();
});

test('sign-in sets a fresh http-only, secure, same-site session cookie every time', async ({
	baseURL
}) => {
	const browser = await http.newContext({ baseURL });
	const first = await signIn(browser, origin, OWNER);
	const cookie = first.headers()['set-cookie'] ?? '';
	expect(cookie).toMatch(/^parallax_session=[A-Za-z0-9_-]{43};/);
	for (const flag of ['HttpOnly', 'Secure', 'SameSite=Lax', 'Path=/']) {
		expect(cookie).toContain(`; ${flag}`);
	}
	// A week, as long as the session lives without use.
	expect(cookie).toMatch(/; Max-Age=60480[0-1];/);
	const firstToken = /parallax_session=([^;]+)/.exec(cookie)![1];
	const second = await signIn(browser, origin, OWNER);
	const secondToken = /parallax_session=([^;]+)/.exec(second.headers()['set-cookie'] ?? '')![1];
	expect(secondToken).not.toBe(firstToken);
	// The session the browser had before is over, not merely replaced in the browser.
	const stale = await http.newContext({
		baseURL,
		extraHTTPHeaders: { cookie: `parallax_session=${firstToken}` }
	});
	expect((await stale.get(`${CAMPAIGN}/facts.arrow`)).status()).toBe(401);
	expect((await browser.get(`${CAMPAIGN}/facts.arrow`)).status()).toBe(200);
	await stale.dispose();

	const everywhere = await postForm(browser, origin, '/account?/signOutEverywhere', {});
	expect(everywhere.status()).toBe(303);
	expect((await browser.get(`${CAMPAIGN}/facts.arrow`)).status()).toBe(401);
	expect((await owner.get(`${CAMPAIGN}/facts.arrow`)).status()).toBe(401);
	await ownerSession(owner, origin);
	await browser.dispose();
});

test('cross-site writes are refused, whatever their content type', async () => {
	const evil = 'http://evil.example';
	const form = await owner.post(`${CAMPAIGN}/people?/invite`, {
		form: { role: 'campaign_owner', days: '7' },
		headers: { origin: evil, accept: 'text/html' }
	});
	expect(form.status()).toBe(403);
	const upload = await owner.post(`${CAMPAIGN}/imports?name=a.csv`, {
		data: Buffer.from('date,market,views\n2026-11-20,BR,1\n'),
		headers: { 'content-type': 'application/octet-stream', origin: evil }
	});
	expect(upload.status()).toBe(403);
	const signInElsewhere = await owner.post('/sign-in', {
		form: { email: OWNER.email, password: OWNER.password },
		headers: { origin: evil }
	});
	expect(signInElsewhere.status()).toBe(403);
	const noOrigin = await owner.post(`${CAMPAIGN}/imports?name=a.csv`, {
		data: Buffer.from('date,market,views\n2026-11-20,BR,1\n'),
		headers: { 'content-type': 'application/octet-stream' }
	});
	expect(noOrigin.status()).toBe(403);
});

test('no password is stored or written anywhere in clear', async ({ baseURL }) => {
	// Someone joins (the password travels in a form) and signs in again (it is checked).
	const pat = person('Pat Password');
	const joining = await http.newContext({ baseURL });
	const joined = await acceptInvite(
		joining,
		origin,
		await createInvite(owner, origin, 'sample', 'viewer'),
		pat
	);
	expect(joined.status()).toBe(303);
	expect((await signIn(joining, origin, pat)).status()).toBe(303);
	await joining.dispose();
	const bytes = storedBytes();
	const db = serverDatabase();
	db.pragma('wal_checkpoint(FULL)');
	const hashes = db.prepare('SELECT password_hash FROM account').all() as {
		password_hash: string;
	}[];
	db.close();
	// The sample campaign's demo people have no password at all ('!'); everyone else an argon2id hash.
	const withPassword = hashes.filter((h) => h.password_hash !== '!');
	expect(withPassword.length).toBeGreaterThanOrEqual(2);
	for (const { password_hash } of withPassword) {
		expect(password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
	}
	for (const password of [OWNER.password, pat.password]) {
		expect(bytes.includes(Buffer.from(password))).toBe(false);
		expect(storedBytes().includes(Buffer.from(password))).toBe(false);
	}
});
