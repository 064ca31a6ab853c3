import { expect, type APIRequestContext, type APIResponse, type Page } from '@playwright/test';

/** A person the journeys sign in as. */
export interface Person {
	name: string;
	email: string;
	password: string;
}

/** The administrator of the campaign journeys' install. */
export const OWNER: Person = {
	name: 'Olivia Owner',
	email: 'owner@parallax.test',
	password: 'owner password for tests'
};

/** Where the owner's signed-in browser state is kept between the setup project and the journeys. */
export const OWNER_STATE = '.parallax-e2e-auth/owner.json';

/** Someone new, with an address unique to the test. */
export function person(name: string): Person {
	const slug = name.toLowerCase().replaceAll(' ', '.');
	return { name, email: `${slug}@parallax.test`, password: `${slug} password 2026` };
}

/** Fills the first-start form in a browser page. */
export async function createAdministratorInPage(page: Page, who: Person = OWNER): Promise<void> {
	await page.goto('/');
	await expect(page).toHaveURL(/\/setup$/);
	await page.getByLabel('Your name').fill(who.name);
	await page.getByLabel('Email').fill(who.email);
	await page.getByLabel('Password', { exact: true }).fill(who.password);
	await page.getByLabel('Repeat the password').fill(who.password);
	await page.getByRole('button', { name: 'Create the administrator' }).click();
	await expect(page.getByRole('heading', { name: 'Campaigns' })).toBeVisible();
}

/** Signs in through the sign-in page. */
export async function signInInPage(page: Page, who: Person): Promise<void> {
	await page.goto('/sign-in');
	await page.getByLabel('Email').fill(who.email);
	await page.getByLabel('Password').fill(who.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByTestId('account-link')).toHaveText(who.name);
}

/**
 * Posts a form the way a browser does: same-site Origin, HTML wanted, repeated fields kept.
 * Redirects are not followed, so that their status and target can be asserted.
 */
export function postForm(
	request: APIRequestContext,
	origin: string,
	path: string,
	fields: Record<string, string | string[]>
): Promise<APIResponse> {
	const form = new FormData();
	for (const [key, value] of Object.entries(fields)) {
		for (const item of Array.isArray(value) ? value : [value]) form.append(key, item);
	}
	return request.post(path, {
		multipart: form,
		headers: { origin, accept: 'text/html' },
		maxRedirects: 0
	});
}

/** Makes the administrator through the first-start form over HTTP; the request is signed in after. */
export async function createAdministrator(
	request: APIRequestContext,
	origin: string,
	who: Person = OWNER
): Promise<void> {
	const response = await postForm(request, origin, '/setup', {
		name: who.name,
		email: who.email,
		password: who.password,
		password_confirm: who.password
	});
	expect(response.status(), await response.text()).toBe(303);
}

/**
 * Signs the owner in over HTTP on the access server, making the administrator first if this
 * is the first file to run there.
 */
export async function ownerSession(request: APIRequestContext, origin: string): Promise<void> {
	await postForm(request, origin, '/setup', {
		name: OWNER.name,
		email: OWNER.email,
		password: OWNER.password,
		password_confirm: OWNER.password
	});
	const response = await signIn(request, origin, OWNER);
	expect(response.status()).toBe(303);
}

/** Signs in over HTTP. */
export async function signIn(
	request: APIRequestContext,
	origin: string,
	who: Person
): Promise<APIResponse> {
	return postForm(request, origin, '/sign-in', { email: who.email, password: who.password });
}

/** Creates an invite link in a campaign as the signed-in owner. */
export async function createInvite(
	request: APIRequestContext,
	origin: string,
	campaignId: string,
	role: string,
	markets: string[] = []
): Promise<string> {
	const response = await postForm(request, origin, `/campaigns/${campaignId}/people?/invite`, {
		role,
		markets,
		days: '7'
	});
	expect(response.status()).toBe(200);
	const link = /\/invite\/[A-Za-z0-9_-]{43}/.exec(await response.text());
	if (!link) throw new Error('no invite link on the people page');
	return link[0];
}

/** Creates an account through an invite link; the request is signed in as it after. */
export async function acceptInvite(
	request: APIRequestContext,
	origin: string,
	invitePath: string,
	who: Person
): Promise<APIResponse> {
	return postForm(request, origin, `${invitePath}?/create`, {
		name: who.name,
		email: who.email,
		password: who.password,
		password_confirm: who.password
	});
}
