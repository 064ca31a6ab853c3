import type { MarketCode } from './markets';
import type { CatalogMetric } from './metrics';
import { TEAMS } from './people';

/** One KPI of a success definition. Percent targets are fractions (0.035 is 3.5%). */
export interface Kpi {
	metric: CatalogMetric;
	comparator: '>=' | '<=';
	target: number;
	unit: 'percent' | 'currency' | 'count' | 'ratio';
	weight: number;
	/** Attainment thresholds: at or above `good` is on target, at or above `ok` is close. */
	bands: { good: number; ok: number };
}

/** A team's signed success definition. */
export interface SuccessDefinition {
	id: string;
	team: string;
	markets: MarketCode[];
	version: number;
	rationale: string;
	kpis: Kpi[];
	signatories: { person: string; signed_at: string }[];
}

/**
 * The two success definitions. They read the same numbers differently on purpose: the US
 * brand team counts engagement per impression against a higher bar and weights cost per
 * acquisition; the LATAM partner team counts engagement per person reached and weights
 * reach and views.
 */
export const DEFINITIONS: readonly SuccessDefinition[] = [
	{
		id: 'us-brand',
		team: TEAMS.usBrand,
		markets: ['US'],
		version: 1,
		rationale:
			'Every impression is paid for, so engagement is counted per impression, against the ' +
			'3.5% the brand saw on its last launch. Sales carry the most weight: the launch must ' +
			'buy customers at or under $20 and return at least twice its media spend.',
		kpis: [
			kpi('er_impressions', '>=', 0.035, 'percent', 0.3, 1, 0.9),
			kpi('cpa', '<=', 20, 'currency', 0.4, 1, 0.85),
			kpi('ctr', '>=', 0.005, 'percent', 0.15, 1, 0.9),
			kpi('roas', '>=', 2, 'ratio', 0.15, 1, 0.85)
		],
		signatories: [
			{ person: 'p-marcus', signed_at: '2026-10-08T16:20:00Z' },
			{ person: 'p-olivia', signed_at: '2026-10-09T13:05:00Z' }
		]
	},
	{
		id: 'latam-partner',
		team: TEAMS.latamPartner,
		markets: ['MX', 'BR', 'CO', 'AR'],
		version: 1,
		rationale:
			'The launch is about being seen and talked about: engagement is counted per person ' +
			'reached (paid impressions repeat on the same people), views matter as much as ' +
			'engagement, and media must stay cheap enough to buy reach across four markets.',
		kpis: [
			kpi('er_reach', '>=', 0.035, 'percent', 0.35, 1, 0.9),
			kpi('view_rate', '>=', 0.65, 'percent', 0.25, 1, 0.9),
			kpi('er_followers', '>=', 0.035, 'percent', 0.15, 1, 0.85),
			kpi('cpm', '<=', 3, 'currency', 0.25, 1, 0.85)
		],
		signatories: [
			{ person: 'p-lucia', signed_at: '2026-10-09T19:40:00Z' },
			{ person: 'p-rafael', signed_at: '2026-10-09T21:15:00Z' },
			{ person: 'p-olivia', signed_at: '2026-10-10T12:30:00Z' },
			{ person: 'p-valentina', signed_at: '2026-10-13T15:55:00Z' }
		]
	}
];

function kpi(
	metric: CatalogMetric,
	comparator: Kpi['comparator'],
	target: number,
	unit: Kpi['unit'],
	weight: number,
	good: number,
	ok: number
): Kpi {
	return { metric, comparator, target, unit, weight, bands: { good, ok } };
}
