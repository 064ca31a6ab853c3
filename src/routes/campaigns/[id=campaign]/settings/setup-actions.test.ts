import type { RequestEvent } from '@sveltejs/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import type { Account } from '$lib/server/access/accounts';
import { appContext, type AppContext } from '$lib/server/app-context';
import { saveCampaign } from '$lib/server/campaign-store';
import { saveCreators } from '$lib/server/creator-store';
import { csvFile, formData, formPost, refusal } from '../../../../../tests/support/action-event';
import { resetLocaleAfterEach } from '../../../../../tests/support/reset-locale';
import { useTempDataDir } from '../../../../../tests/support/temp-data-dir';
import { TEST_CAMPAIGN, US_MARKET } from '../../../../../tests/support/test-campaign';
import { createAdmin } from '../../../../../tests/support/test-people';
import { uploadCreators } from './creators-action.server';
import { setRate } from './fx-actions.server';
import { actions } from './+page.server';
import type { SectionResult } from './section-result';
import { saveMarkets, savePhases } from './structure-actions.server';

useTempDataDir('setup-actions');
resetLocaleAfterEach();

const campaign = {
	...TEST_CAMPAIGN,
	phases: TEST_CAMPAIGN.phases.filter((phase) => phase.id === 'live')
};

let context: AppContext;
let admin: Account;

/** A form post to the settings page of the campaign, as SvelteKit hands it to an action. */
function post(form: FormData): RequestEvent {
	return formPost(admin, '/campaigns/[id=campaign]/settings', '/campaigns/launch/settings', form);
}

beforeAll(async () => {
	context = await appContext();
	admin = createAdmin(context.people);
	saveCampaign(context.db, campaign);
	const csv = new TextEncoder().encode(
		'date,market,platform,creator_id,impressions\n2026-11-01,BR,tiktok,ana,100\n2026-11-02,BR,tiktok,ana,120\n'
	);
	await context.facts.importFile(campaign, csv, { fileName: 'br.csv' }, 'upload', admin.id);
	saveCreators(context.db, campaign.id, [
		{
			id: 'ana',
			handle: 'ana.faz',
			market: 'BR',
			platform: 'tiktok',
			followers: 1200,
			tier: 'micro',
			sourcing: null
		}
	]);
});

describe('the campaign settings actions', () => {
	it('refuse to remove a market with data and creators, in the reader’s language', async () => {
		overwriteGetLocale(() => 'pt');
		const form = formData(
			Object.entries(US_MARKET).map(([field, value]) => [`market.${field}`, value])
		);
		const result = refusal<SectionResult>(await saveMarkets(post(form)));
		expect(result.errors).toEqual({
			market:
				'BR não pode ser removido: tem 2 linhas de dados. Primeiro desfaça as importações dele na página Dados. ' +
				'BR não pode ser removido: tem 1 criador. Primeiro substitua a lista de criadores.'
		});
		expect(result.rows).toEqual([US_MARKET]);
	});

	it('word the problems of planned phases per cell', async () => {
		overwriteGetLocale(() => 'es');
		const form = formData([
			['phase.id', 'live'],
			['phase.label', 'Live'],
			['phase.start', '2026-11-09'],
			['phase.end', '2026-11-22'],
			['phase.id', ''],
			['phase.label', 'Soft launch'],
			['phase.start', '2026-11-20'],
			['phase.end', '2026-12-05']
		]);
		expect(refusal<SectionResult>(await savePhases(post(form))).errors).toEqual({
			'phase.1.start': 'Se superpone con Live, que dura hasta el 2026-11-22.',
			'phase.1.end': 'La campaña termina el 2026-11-30; una fase no puede terminar después.'
		});
	});

	it('word a campaign date that leaves a planned phase outside', async () => {
		overwriteGetLocale(() => 'es');
		const form = formData([
			['name', 'Launch'],
			['start', '2026-11-10'],
			['end', '2026-11-30']
		]);
		const event = post(form) as Parameters<typeof actions.save>[0];
		expect(refusal<SectionResult>(await actions.save(event)).errors).toEqual({
			start: 'Live empieza el 2026-11-09; primero mueve o quita esa fase.'
		});
	});

	it('word the problems of the general form and of a typed FX rate', async () => {
		overwriteGetLocale(() => 'es');
		const general = formData([
			['name', ''],
			['budget_US', '-1'],
			['budget_BR', 'mucho']
		]);
		const event = post(general) as Parameters<typeof actions.save>[0];
		expect(refusal<SectionResult>(await actions.save(event)).errors).toEqual({
			name: 'Ponle un nombre a la campaña.',
			budget_US: 'Un presupuesto no puede ser negativo.',
			budget_BR: 'Escribe un importe, como 25000.'
		});
		overwriteGetLocale(() => 'pt');
		const rate = formData([
			['currency', 'BRL'],
			['from', '2026-01-01'],
			['to', '2028-01-01'],
			['rate', '0,18']
		]);
		expect(refusal<SectionResult>(await setRate(post(rate))).errors).toEqual({
			to: 'Defina no máximo 400 dias de uma vez.'
		});
	});

	it('give the reasons of rejected creator rows in the reader’s language', async () => {
		overwriteGetLocale(() => 'pt');
		const text = 'creator_id,handle,market,platform\nbo,bo.faz,MX,tiktok\n';
		const form = formData([['file', csvFile(text, 'creators.csv')]]);
		const result = refusal<SectionResult>(await uploadCreators(post(form)));
		expect(result.problems).toEqual([
			{
				line: 2,
				column: 'market',
				value: 'MX',
				reason: 'não é um dos mercados desta campanha (US, BR)'
			}
		]);
		overwriteGetLocale(() => 'en');
		expect(refusal<SectionResult>(await uploadCreators(post(new FormData()))).errors).toEqual({
			file: 'Choose a CSV file first.'
		});
	});
});
