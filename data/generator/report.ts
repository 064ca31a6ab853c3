import type { SampleFindings } from './findings';
import { computeMetric } from './metrics';
import { MARKET_CODES } from './markets';

const percent = (value: number | null, digits = 1) =>
	value === null ? '–' : `${(value * 100).toFixed(digits)}%`;
const signed = (value: number) => `${value >= 0 ? '+' : ''}${(value * 100).toFixed(1)}%`;
const number = (value: number | null, digits = 2) => (value === null ? '–' : value.toFixed(digits));

/** A plain-text account of what the generated sample shows, for the console. */
export function formatFindings(findings: SampleFindings): string {
	const lines: string[] = [];
	lines.push('Totals per market (money in USD through fx.csv):');
	for (const market of MARKET_CODES) {
		const totals = findings.totals[market];
		lines.push(
			`  ${market}  rows ${totals.rows}  posts ${totals.posts}  impressions ${totals.impressions}` +
				`  spend ${number(totals.spendUsd, 0)}  er_impressions ${percent(computeMetric('er_impressions', totals), 2)}` +
				`  er_reach ${percent(computeMetric('er_reach', totals), 2)}  ctr ${percent(computeMetric('ctr', totals), 2)}` +
				`  cpa ${number(computeMetric('cpa', totals))}`
		);
	}
	lines.push('', 'Spend against budget (local currency):');
	for (const pace of findings.pacing) {
		lines.push(
			`  ${pace.market}  ${number(pace.spend, 0)} of ${pace.budget}  (${percent(pace.share)})`
		);
	}
	lines.push('', 'Cross-read: every market under every definition (attainment, verdict):');
	for (const cell of findings.crossRead) {
		const kpis = cell.reading.kpis
			.map(
				(kpi) => `${kpi.metric} ${number(kpi.actual, 4)} → ${number(kpi.attainment)} ${kpi.verdict}`
			)
			.join('; ');
		lines.push(
			`  ${cell.market} under ${cell.reading.definition}: score ${number(cell.reading.score)} | ${kpis}`
		);
	}
	lines.push('', 'Creative test, CTR of B against A:');
	for (const result of findings.splitTest) {
		lines.push(
			`  ${result.scope.padEnd(6)} A ${percent(result.arms.A.ctr, 3)} (${result.arms.A.rows} rows, ${result.arms.A.posts} posts)` +
				`  B ${percent(result.arms.B.ctr, 3)} (${result.arms.B.rows} rows, ${result.arms.B.posts} posts)` +
				`  lift ${signed(result.lift)}  row split p ${result.rowSplitP.toExponential(1)}  post split p ${number(result.postSplitP, 3)}`
		);
	}
	lines.push(
		'',
		'Sourcing: mean creator engagement per impression, existing network against cold outreach:'
	);
	for (const effect of findings.sourcing) {
		lines.push(
			`  ${effect.market}  ${percent(effect.existingNetwork, 2)} vs ${percent(effect.coldOutreach, 2)}  (${signed(effect.lift)}; impression-weighted ${signed(effect.pooledLift)})`
		);
	}
	lines.push(
		'',
		'Planted events (market daily total; against the median of the 7 days before | of the other live days):'
	);
	for (const size of findings.events) {
		lines.push(
			`  ${size.event.date} ${size.event.market} ${size.event.metric.padEnd(11)} ${number(size.value, 0)} vs ${number(size.baseline, 0)} (${number(size.ratio)}×) | ${number(size.typical, 0)} (${number(size.typicalRatio)}×)  ${size.event.id}`
		);
	}
	const { brShift, mxCap } = findings.decisions;
	lines.push(
		'',
		`Decisions: BR TikTok spend/day ${number(brShift.before, 0)} → ${number(brShift.after, 0)} USD; ` +
			`MX spend/day ${number(mxCap.before, 0)} → ${number(mxCap.after, 0)} USD`,
		`Viral post: ${findings.viralContentId}`
	);
	return lines.join('\n');
}
