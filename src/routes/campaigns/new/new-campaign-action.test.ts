import { beforeAll, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import type { Account } from '$lib/server/access/accounts';
import { appContext } from '$lib/server/app-context';
import { formData, formPost, refusal } from '../../../../tests/support/action-event';
import { resetLocaleAfterEach } from '../../../../tests/support/reset-locale';
import { useTempDataDir } from '../../../../tests/support/temp-data-dir';
import { createAdmin } from '../../../../tests/support/test-people';
import { actions } from './+page.server';

useTempDataDir('new-campaign');
resetLocaleAfterEach();

type Event = Parameters<typeof actions.default>[0];

let admin: Account;

/** The new-campaign form posted with these fields, as SvelteKit hands it to the action. */
function post(entries: Record<string, string>): Event {
	return formPost<Event>(
		admin,
		'/campaigns/new',
		'/campaigns/new',
		formData(Object.entries(entries))
	);
}

/** The problems a refused post sends back to the page, by field. */
async function errorsOf(event: Event): Promise<Record<string, string>> {
	return refusal<{ errors: Record<string, string> }>(await actions.default(event)).errors;
}

const brazil = {
	'market.code': 'BR',
	'market.name': 'Brasil',
	'market.currency': 'BRL',
	'market.timeZone': 'America/Sao_Paulo',
	'market.locale': 'pt-BR'
};

beforeAll(async () => {
	admin = createAdmin((await appContext()).people);
});

describe('creating a campaign through the form', () => {
	it('words every problem of the form in the reader’s language', async () => {
		overwriteGetLocale(() => 'pt');
		const errors = await errorsOf(
			post({
				from: 'scratch',
				id: 'Lançamento',
				name: '',
				reportingCurrency: 'USD',
				...brazil,
				'market.timeZone': 'America/Sao_Paolo'
			})
		);
		expect(errors).toEqual({
			id: 'Use letras minúsculas, dígitos e hifens, começando com uma letra ou um dígito.',
			name: 'Digite um nome.',
			'market.0.timeZone':
				'America/Sao_Paolo não é um fuso horário IANA; digite um como America/Sao_Paulo.'
		});
	});

	it('refuses an id taken already, in English where the reader reads English', async () => {
		const form = { from: 'scratch', id: 'launch', name: 'Launch', reportingCurrency: 'USD' };
		await expect(actions.default(post({ ...form, ...brazil }))).rejects.toMatchObject({
			status: 303,
			location: '/campaigns/launch/settings?created=1'
		});
		expect(await errorsOf(post({ ...form, ...brazil }))).toEqual({
			id: 'A campaign with the id launch exists already.'
		});
		overwriteGetLocale(() => 'es');
		expect(
			await errorsOf(post({ from: 'copy', id: 'next', name: 'Next', copyFrom: 'nothing' }))
		).toEqual({ copyFrom: 'Ninguna campaña tiene el identificador nothing.' });
	});
});
