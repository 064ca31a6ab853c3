import { expect, request as http, test, type APIRequestContext } from '@playwright/test';
import {
	acceptInvite,
	createInvite,
	ownerSession,
	person,
	postForm,
	signInInPage
} from './accounts';
import { serverDatabase } from './server-data';

// Success definitions under the roles: who may change and sign off what, through the form
// actions and the JSON endpoints; a sign-off that freezes a draft; every error of a bad file.

const CAMPAIGN = '/campaigns/sample';
const brLead = person('Bruno Lead');
const viewer = person('Vera Viewer');
let origin: string;
let owner: APIRequestContext;
let lead: APIRequestContext;
let watcher: APIRequestContext;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ baseURL }) => {
	origin = baseURL!;
	owner = await http.newContext({ baseURL });
	await ownerSession(owner, origin);
	lead = await http.newContext({ baseURL });
	await acceptInvite(
		lead,
		origin,
		await createInvite(owner, origin, 'sample', 'market_lead', ['BR']),
		brLead
	);
	watcher = await http.newContext({ baseURL });
	await acceptInvite(
		watcher,
		origin,
		await createInvite(owner, origin, 'sample', 'viewer'),
		viewer
	);
});

test.afterAll(async () => {
	for (const context of [owner, lead, watcher]) await context.dispose();
});

/** Every stored version and sign-off of the campaign's definitions. */
function definitionsState(): string {
	const db = serverDatabase();
	const state = JSON.stringify([
		db.prepare('SELECT * FROM definition_version ORDER BY definition_id, version').all(),
		db
			.prepare('SELECT * FROM definition_signatory ORDER BY definition_id, version, account_id')
			.all()
	]);
	db.close();
	return state;
}

/** The content of a stored version, as the JSON endpoint takes it. */
function contentOf(stored: Record<string, unknown>, change: Record<string, unknown> = {}) {
	const { id, team, markets, rationale, kpis, cap, bands } = { ...stored, ...change };
	return { id, team, markets, rationale, kpis, cap, ...(bands ? { bands } : {}) };
}

const put = (context: APIRequestContext, id: string, body: unknown) =>
	context.put(`${CAMPAIGN}/definitions/${id}`, { data: body, headers: { origin } });
const signOff = (context: APIRequestContext, id: string, version: number) =>
	context.post(`${CAMPAIGN}/definitions/${id}/sign-off`, {
		data: { version },
		headers: { origin }
	});

const usBrandYaml = `format: parallax-definitions/1
definitions:
  - id: us-brand
    team: US brand team
    markets: [BR]
    kpis:
      - { metric: ctr, comparator: ">=", target: 0.001, unit: percent, weight: 1 }
    signatories: [${brLead.email}]
`;

test('a market lead of BR cannot change or sign off the US definition, by form or JSON, and a viewer edits none', async () => {
	const before = definitionsState();
	const usBrand = await (await owner.get(`${CAMPAIGN}/definitions/us-brand`)).json();
	const latest = usBrand.at(-1);
	const takeover = {
		content: contentOf(latest, { markets: ['BR'] }),
		signatories: [brLead.email],
		base: { version: latest.version, revision: latest.revision }
	};
	for (const [who, context] of [
		['BR lead', lead],
		['viewer', watcher]
	] as const) {
		expect((await put(context, 'us-brand', takeover)).status(), `${who} JSON save`).toBe(403);
		expect((await signOff(context, 'us-brand', 1)).status(), `${who} JSON sign-off`).toBe(403);
		const form = await postForm(context, origin, `${CAMPAIGN}/definitions?/importYaml`, {
			yaml: usBrandYaml
		});
		expect(form.status(), `${who} YAML import`).toBe(403);
		const signForm = await postForm(context, origin, `${CAMPAIGN}/definitions?/signOff`, {
			id: 'us-brand',
			version: '1'
		});
		expect(signForm.status(), `${who} sign-off form`).toBe(403);
		const edit = await postForm(context, origin, `${CAMPAIGN}/definitions/us-brand/edit`, {
			yaml: usBrandYaml,
			version: '1',
			revision: '1'
		});
		expect(edit.status(), `${who} edit form`).toBe(403);
	}
	expect(definitionsState()).toBe(before);
});

test('a file with mistakes lists every one of them with its line, and saves nothing', async () => {
	const before = definitionsState();
	const response = await postForm(owner, origin, `${CAMPAIGN}/definitions?/importYaml`, {
		yaml: `format: parallax-definitions/1
definitions:
  - id: br-retail
    team: Brazil retail
    markets: [BR]
    kpis:
      - { metric: er_impresions, comparator: ">=", target: 0.03, unit: percent, weight: 0.5 }
      - { metric: cpa, comparator: "<=", target: 20, unit: currency, weight: 0.5 }
      - { metric: ctr, comparitor: ">=", target: 0.01, unit: percent, weight: 0 }
    signatories: [${brLead.email}]
`
	});
	expect(response.status()).toBe(400);
	const page = await response.text();
	for (const expected of [
		'line 9',
		'Unknown key `comparitor`: check its spelling.',
		'A weight must be above zero.',
		'A money target needs its currency, such as USD.',
		'line 7',
		'Unknown metric `er_impresions` — did you mean `er_impressions`?'
	]) {
		expect(page).toContain(expected);
	}
	expect(definitionsState()).toBe(before);
	const unknown = await postForm(owner, origin, `${CAMPAIGN}/definitions?/importYaml`, {
		yaml: usBrandYaml.replace('us-brand', 'br-retail').replace('metric: ctr', 'metric: ctrr')
	});
	expect(unknown.status()).toBe(400);
	expect(await unknown.text()).toContain('did you mean');
	const cycle = await postForm(owner, origin, `${CAMPAIGN}/definitions?/importYaml`, {
		yaml: usBrandYaml.replace('id: us-brand', 'id: br-retail').replace(
			'definitions:',
			`metrics:
  - { id: a_rate, label: A, formula: b_rate * 2, unit: percent, direction: higher }
  - { id: b_rate, label: B, formula: a_rate / 2, unit: percent, direction: higher }
definitions:`
		)
	});
	expect(cycle.status()).toBe(400);
	const cycleErrors = await cycle.text();
	expect(cycleErrors).toContain('line 3');
	expect(cycleErrors).toContain('cycle: a_rate → b_rate → a_rate');
	expect(definitionsState()).toBe(before);
});

test('a market lead signs off a draft, which freezes it: a change makes the next version', async ({
	browser
}) => {
	const imported = await postForm(owner, origin, `${CAMPAIGN}/definitions?/importYaml`, {
		yaml: usBrandYaml
			.replace('id: us-brand', 'id: br-retail')
			.replace('US brand team', 'Brazil retail')
	});
	expect(imported.status()).toBe(200);

	const context = await browser.newContext({ baseURL: origin });
	const page = await context.newPage();
	await signInInPage(page, brLead);
	await page.goto(`${CAMPAIGN}/definitions`);
	const draft = page.getByTestId('definition-br-retail-v1');
	await expect(draft.getByTestId('definition-status')).toHaveText('v1 · draft');
	await expect(draft.getByRole('link', { name: 'Edit draft' })).toBeVisible();
	// The lead may not touch the US definition: no sign-off or edit is offered there.
	const usBrand = page.getByTestId('definition-us-brand-v1');
	await expect(usBrand.getByRole('button')).toHaveCount(0);
	await expect(usBrand.getByRole('link')).toHaveCount(0);

	// A click that lands while the page is still hydrating or reloading the data the owner's
	// import announced is lost; it is made again only while the draft is still unsigned.
	await expect(async () => {
		if ((await draft.getByTestId('definition-status').textContent()) === 'v1 · draft')
			await draft.getByRole('button', { name: 'Sign off v1' }).click();
		await expect(page.getByRole('status')).toContainText('it is now frozen', { timeout: 5_000 });
	}).toPass({ timeout: 30_000 });
	await expect(draft.getByTestId('definition-status')).toHaveText('v1 · signed off');
	await expect(draft.getByRole('button', { name: 'Sign off v1' })).toHaveCount(0);
	await expect(draft.getByRole('link', { name: 'Change (makes v2)' })).toBeVisible();
	await context.close();

	// Frozen: a save from v1 leaves v1 as it was and makes v2, a draft to sign off again.
	const versions = await (await lead.get(`${CAMPAIGN}/definitions/br-retail`)).json();
	const v1 = versions[0];
	const changed = await put(lead, 'br-retail', {
		content: contentOf(v1, { team: 'Brazil retail team' }),
		signatories: [brLead.email],
		base: { version: 1, revision: v1.revision }
	});
	expect(changed.status()).toBe(200);
	expect((await changed.json()).saved).toMatchObject({ version: 2, signedOff: false });
	const after = await (await lead.get(`${CAMPAIGN}/definitions/br-retail`)).json();
	expect(
		after.map((v: { version: number; team: string; signedOff: boolean }) => [
			v.version,
			v.team,
			v.signedOff
		])
	).toEqual([
		[1, 'Brazil retail', true],
		[2, 'Brazil retail team', false]
	]);
	// Someone still editing from v1 is refused and shown v2; nothing changes.
	const before = definitionsState();
	const stale = await put(owner, 'br-retail', {
		content: contentOf(v1, { rationale: 'late' }),
		signatories: [brLead.email],
		base: { version: 1, revision: v1.revision }
	});
	expect(stale.status()).toBe(409);
	expect((await stale.json()).stale).toMatchObject({ version: 2, team: 'Brazil retail team' });
	expect(definitionsState()).toBe(before);
});
