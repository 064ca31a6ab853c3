/**
 * What the scoring benchmark scores: the sample campaign's markets, dates, FX rates and two
 * success definitions, plus a heavier third definition with a money target in BRL.
 */
import type { FxRate } from '$lib/domain/campaign';
import {
	fromSampleDefinition,
	sampleDefinitionsSchema
} from '$lib/domain/sample-definition-format';
import type { ScoredDefinition, ScoringRequest } from '$lib/queries/score-campaign';
import campaign from '../../data/sample/campaign.json';
import sampleDefinitions from '../../data/sample/definitions.json';
import fxCsv from '../../data/sample/fx.csv?raw';

/** The sample's definitions as the app stores them (src/lib/server/sample-definitions.ts). */
function storedSampleDefinitions(): ScoredDefinition[] {
	return sampleDefinitionsSchema.parse(sampleDefinitions).map((sample) => ({
		...fromSampleDefinition(sample, campaign.reportingCurrency),
		version: sample.version,
		signedOff: true
	}));
}

const bands = { win: 1, onTrack: 0.9 };

/**
 * A third definition, heavier than the sample's: six KPIs, among them a cost per engagement
 * in BRL (which takes a query of its own, converted at each day's rate), a count target
 * pro-rated to the range, and reach counted once per content item (a nested aggregate).
 */
const brazilPerformance: ScoredDefinition = {
	id: 'br-performance',
	version: 1,
	signedOff: false,
	team: 'Brazil performance team',
	markets: ['BR'],
	rationale: '',
	cap: 1.5,
	bands,
	kpis: [
		{ metric: 'er_views', comparator: '>=', target: 0.06, unit: 'percent', weight: 2, bands },
		{ metric: 'cvr', comparator: '>=', target: 0.08, unit: 'percent', weight: 1, bands },
		{
			metric: 'cpe',
			comparator: '<=',
			target: 0.5,
			unit: 'currency',
			currency: 'BRL',
			weight: 2,
			bands
		},
		{
			metric: 'cpc',
			comparator: '<=',
			target: 0.3,
			unit: 'currency',
			currency: 'USD',
			weight: 1,
			bands
		},
		{ metric: 'reach', comparator: '>=', target: 1e9, unit: 'count', weight: 1, bands },
		{ metric: 'roas', comparator: '>=', target: 3, unit: 'ratio', weight: 1, bands }
	]
};

/** The three definitions scored. */
export const DEFINITIONS: ScoredDefinition[] = [...storedSampleDefinitions(), brazilPerformance];

/** Every market of the sample campaign (US, MX, BR, CO, AR). */
export const MARKETS: string[] = campaign.markets.map((market) => market.code);

/** The FX rates of data/sample/fx.csv: USD per unit of each currency, day by day. */
export function sampleFxRates(): FxRate[] {
	const [header, ...lines] = fxCsv.trim().split(/\r?\n/);
	if (header !== 'date,currency,rate') throw new Error(`fx.csv: unexpected header ${header}`);
	return lines.map((line) => {
		const [date, currency, rate] = line.split(',');
		return { date: date!, currency: currency!, rate: Number(rate) };
	});
}

/** All definitions × all markets over `range`, within the sample campaign's dates. */
export function scoringRequest(range: { from: string; to: string }): ScoringRequest {
	return {
		definitions: DEFINITIONS,
		markets: MARKETS,
		range,
		campaign: { start: campaign.start, end: campaign.end },
		reportingCurrency: campaign.reportingCurrency
	};
}
