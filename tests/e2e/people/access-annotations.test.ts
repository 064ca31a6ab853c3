import { expect, request as http, test, type APIRequestContext } from '@playwright/test';
import { acceptInvite, createInvite, ownerSession, person } from './accounts';
import { serverDatabase } from './server-data';

// Annotations under the roles, over the JSON endpoints: a viewer may only add a position to a
// disagreement; a recorder writes, but settles only their own disagreements; an owner any.

const CAMPAIGN = '/campaigns/sample';
const SEEDED = 'ann-mx-on-target'; // the sample's open disagreement, written by a demo person
let origin: string;
let owner: APIRequestContext;
let recorder: APIRequestContext;
let viewer: APIRequestContext;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ baseURL }) => {
	origin = baseURL!;
	owner = await http.newContext({ baseURL });
	await ownerSession(owner, origin);
	recorder = await http.newContext({ baseURL });
	await acceptInvite(
		recorder,
		origin,
		await createInvite(owner, origin, 'sample', 'recorder'),
		person('Rita Recorder')
	);
	viewer = await http.newContext({ baseURL });
	await acceptInvite(
		viewer,
		origin,
		await createInvite(owner, origin, 'sample', 'viewer'),
		person('Vic Viewer')
	);
});

test.afterAll(async () => {
	for (const context of [owner, recorder, viewer]) await context.dispose();
});

/** Every annotation and revision row, to show that a refused request changed nothing. */
function annotationsState(): string {
	const db = serverDatabase();
	const state = JSON.stringify([
		db.prepare('SELECT * FROM annotation ORDER BY id').all(),
		db.prepare('SELECT * FROM annotation_revision ORDER BY annotation_id, revision').all()
	]);
	db.close();
	return state;
}

const send = (
	context: APIRequestContext,
	path: string,
	data: unknown,
	method: 'post' | 'put' = 'post'
) => context[method](`${CAMPAIGN}/annotations${path}`, { data, headers: { origin } });

const note = {
	kind: 'note',
	title: 'Colombia restated two days',
	body: 'The platform restated **Nov 12–13**.',
	scope: { markets: ['CO'], metrics: ['views'] },
	time: { from: '2026-11-12', to: '2026-11-13' }
};

test('the sample campaign’s annotations are there, the disagreement with its positions', async () => {
	const list = await (await viewer.get(`${CAMPAIGN}/annotations`)).json();
	expect(list.map((a: { id: string }) => a.id)).toContain(SEEDED);
	expect(list).toHaveLength(8);
	const { annotation, revisions } = await (
		await viewer.get(`${CAMPAIGN}/annotations/${SEEDED}`)
	).json();
	expect(annotation).toMatchObject({ kind: 'disagreement', resolution: null, revision: 1 });
	expect(annotation.positions.length).toBeGreaterThanOrEqual(2);
	expect(revisions).toHaveLength(1);
});

test('a viewer may add a position to a disagreement and nothing else', async () => {
	const seeded = (await (await viewer.get(`${CAMPAIGN}/annotations/${SEEDED}`)).json()).annotation;
	const before = annotationsState();
	expect((await send(viewer, '', note)).status()).toBe(403);
	expect(
		(
			await send(
				viewer,
				`/${SEEDED}`,
				{ content: { ...seeded, title: 'Mine now' }, base: seeded.revision },
				'put'
			)
		).status()
	).toBe(403);
	expect(
		(await send(viewer, `/${SEEDED}/hide`, { hidden: true, base: seeded.revision })).status()
	).toBe(403);
	expect(
		(
			await send(viewer, `/${SEEDED}/resolve`, { outcome: 'Agreed', base: seeded.revision })
		).status()
	).toBe(403);
	expect(annotationsState()).toBe(before);

	const position = await send(viewer, `/${SEEDED}/positions`, {
		party: 'US brand team',
		reading: 'Mexico misses',
		argument: 'Per impression it is 3.07% against 3.5%.'
	});
	expect(position.status()).toBe(200);
	const after = await position.json();
	expect(after.positions.at(-1)).toMatchObject({
		party: 'US brand team',
		reading: 'Mexico misses'
	});
	expect(after.revision).toBe(seeded.revision + 1);
});

test('a recorder writes and settles their own disagreement, but not someone else’s', async () => {
	const created = await send(recorder, '', note);
	expect(created.status()).toBe(201);
	const mine = await created.json();
	expect(mine).toMatchObject({ kind: 'note', revision: 1, hidden: false });

	const seeded = (await (await recorder.get(`${CAMPAIGN}/annotations/${SEEDED}`)).json())
		.annotation;
	const before = annotationsState();
	expect(
		(
			await send(recorder, `/${SEEDED}/resolve`, { outcome: 'Agreed', base: seeded.revision })
		).status()
	).toBe(403);
	expect(
		(await send(recorder, `/${SEEDED}/hide`, { hidden: true, base: seeded.revision })).status()
	).toBe(403);
	expect(annotationsState()).toBe(before);

	const own = await (
		await send(recorder, '', {
			kind: 'disagreement',
			title: 'Is Colombia’s view rate a miss?',
			scope: { markets: ['CO'], metrics: ['view_rate'] },
			time: { at: '2026-11-20' },
			positions: []
		})
	).json();
	const settled = await send(recorder, `/${own.id}/resolve`, {
		outcome: 'A tracking gap, not a miss.',
		base: own.revision
	});
	expect(settled.status()).toBe(200);
	expect((await settled.json()).saved.resolution).toMatchObject({
		outcome: 'A tracking gap, not a miss.'
	});

	// The owner may settle anyone's.
	const byOwner = await send(owner, `/${SEEDED}/resolve`, {
		outcome: 'Both readings stand; scored per definition.',
		base: seeded.revision
	});
	expect(byOwner.status()).toBe(200);
});

test('a stale edit is refused with the newer version, and hiding can be undone', async () => {
	const created = await (await send(recorder, '', note)).json();
	const first = await send(
		recorder,
		`/${created.id}`,
		{ content: { ...note, title: 'Colombia restated three days' }, base: 1 },
		'put'
	);
	expect(first.status()).toBe(200);
	const before = annotationsState();
	const second = await send(
		recorder,
		`/${created.id}`,
		{ content: { ...note, body: 'A different reading' }, base: 1 },
		'put'
	);
	expect(second.status()).toBe(409);
	expect((await second.json()).stale).toMatchObject({
		revision: 2,
		title: 'Colombia restated three days'
	});
	expect(annotationsState()).toBe(before);

	const hidden = await send(recorder, `/${created.id}/hide`, { hidden: true, base: 2 });
	expect(hidden.status()).toBe(200);
	const listed = async () =>
		(await (await recorder.get(`${CAMPAIGN}/annotations`)).json()).map((a: { id: string }) => a.id);
	expect(await listed()).not.toContain(created.id);
	const shown = await send(recorder, `/${created.id}/hide`, { hidden: false, base: 3 });
	expect(shown.status()).toBe(200);
	expect(await listed()).toContain(created.id);
	const { revisions } = await (await recorder.get(`${CAMPAIGN}/annotations/${created.id}`)).json();
	expect(revisions.map((r: { change: string }) => r.change)).toEqual([
		'created',
		'edited',
		'hidden',
		'shown'
	]);
});

test('a title or body with script renders as inert text', async () => {
	const created = await (
		await send(recorder, '', {
			...note,
			title: '<script>alert(1)</script>',
			body: '<img src=x onerror="alert(1)"> [x](javascript:alert(1))'
		})
	).json();
	const { annotation, bodyHtml } = await (
		await recorder.get(`${CAMPAIGN}/annotations/${created.id}`)
	).json();
	expect(annotation.title).toBe('<script>alert(1)</script>');
	expect(bodyHtml.match(/<[a-z]+/gi)).toEqual(['<p']);
});
