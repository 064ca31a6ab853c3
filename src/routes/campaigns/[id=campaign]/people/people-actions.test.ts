import type { RequestEvent } from '@sveltejs/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import type { Account } from '$lib/server/access/accounts';
import { appContext } from '$lib/server/app-context';
import { saveCampaign } from '$lib/server/campaign-store';
import { formPost } from '../../../../../tests/support/action-event';
import { resetLocaleAfterEach } from '../../../../../tests/support/reset-locale';
import { useTempDataDir } from '../../../../../tests/support/temp-data-dir';
import { TEST_CAMPAIGN as campaign } from '../../../../../tests/support/test-campaign';
import { createAdmin, createMember } from '../../../../../tests/support/test-people';
import { actions } from './+page.server';

useTempDataDir('people-actions');
// What the actions refuse is worded in the reader's language, chosen per request (here by
// overwriteGetLocale).
resetLocaleAfterEach();

let admin: Account;
let viewer: Account;

/** A form post to one action of the people page, as SvelteKit hands it over. */
function post(action: string, account: Account, fields: [string, string][]): RequestEvent {
	return formPost(
		account,
		'/campaigns/[id=campaign]/people',
		`/campaigns/${campaign.id}/people?/${action}`,
		new URLSearchParams(fields)
	);
}

const call = (action: keyof typeof actions, event: RequestEvent) =>
	(actions[action] as (event: RequestEvent) => Promise<unknown>)(event);

beforeAll(async () => {
	const context = await appContext();
	admin = createAdmin(context.people);
	saveCampaign(context.db, campaign);
	viewer = createMember(context.people, campaign.id, 'viewer', admin);
});

describe('the people page’s actions', () => {
	it('refuse a viewer with the reason in the reader’s language', async () => {
		overwriteGetLocale(() => 'es');
		await expect(
			call(
				'invite',
				post('invite', viewer, [
					['role', 'viewer'],
					['days', '7']
				])
			)
		).rejects.toMatchObject({
			status: 403,
			body: {
				message:
					'Como lector no puedes gestionar personas e invitaciones; pídeselo a un propietario de la campaña.'
			}
		});
	});

	it('word the problems of an invite form in the reader’s language', async () => {
		overwriteGetLocale(() => 'pt');
		const days = await call(
			'invite',
			post('invite', admin, [
				['role', 'viewer'],
				['days', '31']
			])
		);
		expect(days).toMatchObject({
			status: 400,
			data: { invite: { errors: { days: 'No máximo 30 dias.' }, values: { days: '31' } } }
		});
		const markets = await call(
			'invite',
			post('invite', admin, [
				['role', 'market_lead'],
				['markets', 'MX'],
				['days', '7']
			])
		);
		expect(markets).toMatchObject({
			status: 400,
			data: { invite: { errors: { markets: 'Não é um mercado desta campanha: MX.' } } }
		});
	});

	it('keep the English wording for an English reader', async () => {
		const days = await call(
			'share',
			post('share', admin, [
				['view', 'live'],
				['days', '0']
			])
		);
		expect(days).toMatchObject({
			status: 400,
			data: { share: { errors: { days: 'At least one day.' } } }
		});
		await expect(
			call('removeMember', post('removeMember', admin, [['accountId', admin.id]]))
		).rejects.toMatchObject({
			status: 404,
			body: { message: 'This person is not a member of the campaign.' }
		});
	});
});
