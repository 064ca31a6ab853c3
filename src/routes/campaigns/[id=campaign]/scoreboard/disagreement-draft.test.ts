import { afterEach, describe, expect, it } from 'vitest';
import { baseLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import type { Divergence } from '$lib/domain/scoring/divergences';
import { disagreementDraft, divergentMetrics } from './disagreement-draft';

const mexico: Divergence = {
	market: 'MX',
	definitions: ['latam-partner', 'us-brand'],
	verdicts: { 'latam-partner': 'met', 'us-brand': 'met' },
	overall: false,
	kpis: [
		{
			family: 'engagement_rate',
			metrics: { 'latam-partner': 'er_reach', 'us-brand': 'er_impressions' },
			verdicts: { 'latam-partner': 'win', 'us-brand': 'miss' }
		},
		{
			family: 'engagement_rate',
			metrics: { 'latam-partner': 'er_followers', 'us-brand': 'er_impressions' },
			verdicts: { 'latam-partner': 'win', 'us-brand': 'miss' }
		}
	]
};
const teams: Record<string, string> = {
	'latam-partner': 'LATAM partner team',
	'us-brand': 'US brand team'
};

describe('a disagreement drafted from a divergence', () => {
	afterEach(() => overwriteGetLocale(() => baseLocale));

	it('names the market and the teams, and writes out each reading over the range', () => {
		expect(
			disagreementDraft(mexico, (id) => teams[id]!, { from: '2026-11-02', to: '2026-11-22' })
		).toEqual({
			kind: 'disagreement',
			title: 'MX reads differently under LATAM partner team and US brand team',
			body: [
				'From 2026-11-02 to 2026-11-22:',
				'',
				'- LATAM partner team: er_reach win',
				'- US brand team: er_impressions miss',
				'- LATAM partner team: er_followers win',
				'- US brand team: er_impressions miss',
				'- LATAM partner team overall: met',
				'- US brand team overall: met'
			].join('\n')
		});
	});

	it('is written in the language of the person who opens it', () => {
		overwriteGetLocale(() => 'es');
		const draft = disagreementDraft(mexico, (id) => teams[id]!, {
			from: '2026-11-02',
			to: '2026-11-22'
		});
		expect(draft.title).toBe(
			'MX se lee de forma distinta según LATAM partner team y US brand team'
		);
		expect(draft.body.split('\n')).toEqual([
			'Del 2026-11-02 al 2026-11-22:',
			'',
			'- LATAM partner team: er_reach éxito',
			'- US brand team: er_impressions falla',
			'- LATAM partner team: er_followers éxito',
			'- US brand team: er_impressions falla',
			'- LATAM partner team en total: cumplido',
			'- US brand team en total: cumplido'
		]);
	});

	it('scopes it to each metric the divergence is about, once', () => {
		expect(divergentMetrics(mexico)).toEqual(['er_reach', 'er_impressions', 'er_followers']);
	});
});
