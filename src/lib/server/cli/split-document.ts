import type { GroupComparison, SplitSummary } from '$lib/domain/stats/split-summary';
import type { SplitColumns } from '$lib/sql/split-sql';

/** What the test was read from: the file and the columns the command named. */
export interface SplitSource extends SplitColumns {
	file: string;
	control: string;
}

/**
 * The JSON document of `parallax split`: diff = treatment rate − control rate, ci95 the Wald
 * interval, every rate a ratio (0.12 = 12%).
 */
export function toSplitDocument(summary: SplitSummary, source: SplitSource) {
	return {
		method: summary.method,
		method_description: summary.methodDescription,
		source: {
			file: source.file,
			variant: source.variant,
			control: source.control,
			metric: source.metric,
			denominator: source.denominator ?? null,
			by: source.by ?? null
		},
		planned_split: summary.planned,
		groups: summary.groups.map(toGroup),
		pooled: toGroup(summary.pooled),
		combined: summary.combined && { diff: summary.combined.diff, ci95: summary.combined.ci95 },
		heterogeneity: summary.heterogeneity,
		simpson_warning: summary.simpson.warning,
		simpson_reasons: summary.simpson.reasons
	};
}

/** The document `toSplitDocument` returns. */
export type SplitDocument = ReturnType<typeof toSplitDocument>;

function toGroup(comparison: GroupComparison) {
	return {
		group: comparison.group,
		variants: comparison.variants,
		diff: comparison.diff,
		ci95: comparison.ci95,
		ci95_newcombe: comparison.ci95Newcombe,
		rel_lift: comparison.relLift,
		rel_lift_ci95: comparison.relLiftCi95,
		z: comparison.z,
		p: comparison.p,
		p_adjusted: comparison.pAdjusted,
		prob_beat_control: comparison.probBeatControl,
		expected_loss: comparison.expectedLoss,
		srm: comparison.srm
	};
}

const SIMPSON_TEXT: Record<string, string> = {
	combined: 'the pooled difference has the opposite sign from the combined estimate',
	traffic: 'the groups carrying most of the traffic point the other way from the pooled difference'
};

/** A readable summary for the terminal: one block per group, then pooled and combined. */
export function formatSplit(document: SplitDocument): string {
	const { source } = document;
	const lines = [
		`${source.file}: ${source.metric}${source.denominator ? ` / ${source.denominator}` : ''} by ${source.variant}, control ${JSON.stringify(source.control)}${source.by ? `, per ${source.by}` : ''}`,
		`method: ${document.method_description}`
	];
	for (const group of document.groups) {
		if (group.group !== null || document.groups.length > 1) lines.push('', `${group.group}`);
		lines.push(...formatGroup(group));
	}
	if (document.groups.length > 1) {
		lines.push('', 'pooled (counts of all groups summed)', ...formatGroup(document.pooled));
		if (document.combined)
			lines.push(
				'',
				`combined (inverse-variance): diff ${points(document.combined.diff)} [${points(document.combined.ci95[0])}, ${points(document.combined.ci95[1])}]`
			);
		if (document.heterogeneity)
			lines.push(
				`heterogeneity: Q ${document.heterogeneity.q.toFixed(3)}, p ${pValue(document.heterogeneity.p)}, I² ${document.heterogeneity.i2 === null ? '—' : percent(document.heterogeneity.i2)}`
			);
	}
	for (const reason of document.simpson_reasons)
		lines.push(`warning: Simpson's paradox: ${SIMPSON_TEXT[reason]}`);
	return lines.join('\n');
}

function formatGroup(group: SplitDocument['pooled']): string[] {
	const lines = group.variants.map(
		(v) =>
			`  ${v.name}: ${percent(v.rate)} (${v.conversions} / ${v.denominator}${v.n === v.denominator ? '' : `, ${v.n} rows`})`
	);
	const [low, high] = group.ci95;
	lines.push(
		`  diff ${points(group.diff)} [${points(low)}, ${points(high)}]` +
			(group.ci95_newcombe
				? ` (Newcombe [${points(group.ci95_newcombe[0])}, ${points(group.ci95_newcombe[1])}])`
				: ''),
		`  relative lift ${group.rel_lift === null ? '—' : percent(group.rel_lift)}` +
			(group.rel_lift_ci95
				? ` [${percent(group.rel_lift_ci95[0])}, ${percent(group.rel_lift_ci95[1])}]`
				: ''),
		`  z ${group.z === null ? '—' : group.z.toFixed(3)}, p ${pValue(group.p)}` +
			(group.p_adjusted === null ? '' : `, adjusted p ${pValue(group.p_adjusted)}`),
		`  P(beat control) ${percent(group.prob_beat_control)}, expected loss ${(group.expected_loss * 100).toFixed(3)} pp`,
		`  sample ratio: chi² ${group.srm.chi2.toFixed(3)}, p ${pValue(group.srm.p)}${group.srm.mismatch ? ' — MISMATCH: check assignment before reading the result' : ''}`
	);
	return lines;
}

const percent = (x: number) => `${(x * 100).toFixed(2)}%`;
/** A difference in rates as percentage points. */
const points = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(3)} pp`;
const pValue = (p: number | null) =>
	p === null ? '—' : p < 0.0001 ? p.toExponential(2) : p.toFixed(4);
