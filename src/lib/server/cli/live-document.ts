import { VERDICT_WORDS } from '$lib/domain/scoring/verdict-words';
import type { LiveSummary } from '../live/live-summary';

/**
 * The JSON document of `parallax live`: per market its own KPIs on the as-of day (value and
 * target over `from`..as-of day — the day itself, or to date for metrics of reach or
 * followers — and the change over the week before as a ratio: 0.25 = 25% up) and its spend
 * pacing in the reporting currency; every spike up to the as-of day with its baseline and
 * whether an annotation explains it; and the sourcing comparison per market.
 */
export function liveDocument(summary: LiveSummary) {
	return {
		as_of: summary.asOf,
		last_day: summary.lastDay,
		reporting_currency: summary.reportingCurrency,
		markets: summary.markets.map((market) => ({
			market: market.market,
			metrics: market.metrics.map((kpi) => ({
				metric: kpi.metric,
				definition: kpi.definition,
				unit: kpi.unit,
				...(kpi.currency ? { currency: kpi.currency } : {}),
				window: kpi.window,
				from: kpi.from,
				value: kpi.value,
				target: kpi.target,
				attainment: kpi.attainment,
				verdict: kpi.verdict,
				change_7d: kpi.change7d
			})),
			pacing: {
				spent: market.pacing.spent.reporting,
				budget: market.pacing.budget?.reporting ?? null,
				projected: market.pacing.projected?.reporting ?? null
			}
		})),
		spikes: summary.spikes.map((spike) => ({
			date: spike.date,
			market: spike.market,
			metric: spike.metric,
			value: spike.value,
			z: spike.z,
			baseline: spike.baseline,
			expected: spike.expected,
			borrowed_from: spike.borrowedFrom,
			explained: spike.explained,
			explained_by: spike.explainedBy
		})),
		sourcing: summary.sourcing.map((s) => ({
			market: s.market,
			existing_network: { creators: s.network.creators.length, mean: s.network.mean },
			cold_outreach: { creators: s.cold.creators.length, mean: s.cold.mean },
			difference: s.difference?.difference ?? null,
			low: s.difference?.low ?? null,
			high: s.difference?.high ?? null,
			level: s.difference?.level ?? null
		}))
	};
}

/** A readable summary: one block per market, then the spikes that still need a why. */
export function formatLive(document: ReturnType<typeof liveDocument>): string {
	const money = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
	const number = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 4 });
	const percent = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
	const value = (x: number | null, unit: string) =>
		x === null ? '—' : unit === 'percent' ? percent(x) : number.format(x);
	const change = (x: number | null) =>
		x === null ? '' : ` (${x >= 0 ? '+' : ''}${(x * 100).toFixed(0)}% vs the week before)`;
	const lines = [`Live as of ${document.as_of} (last data ${document.last_day ?? '—'})`];
	for (const market of document.markets) {
		const { spent, budget, projected } = market.pacing;
		lines.push(
			`  ${market.market}: spent ${money.format(spent)} ${document.reporting_currency}` +
				(budget === null ? '' : ` of ${money.format(budget)}`) +
				(projected === null ? '' : `, heading for ${money.format(projected)}`)
		);
		for (const kpi of market.metrics) {
			lines.push(
				`    ${kpi.metric}${kpi.window === 'to_date' ? ` since ${kpi.from}` : ''} ${value(kpi.value, kpi.unit)} against ${value(kpi.target, kpi.unit)}: ${VERDICT_WORDS[kpi.verdict]}${change(kpi.change_7d)}`
			);
		}
	}
	const open = document.spikes.filter((spike) => !spike.explained);
	lines.push(
		`Spikes: ${document.spikes.length}, ${open.length} need a why${open.length ? ':' : ''}`
	);
	for (const spike of open) {
		lines.push(
			`  ${spike.date} ${spike.market} ${spike.metric} ${number.format(spike.value)} (expected ${number.format(spike.expected)}, z ${spike.z.toFixed(1)}, ${spike.baseline} baseline)`
		);
	}
	return lines.join('\n');
}
