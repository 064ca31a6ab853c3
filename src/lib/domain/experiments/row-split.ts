import type { GroupComparison, SplitSummary } from '../stats/split-summary';
import { sampleRatioMismatch } from '../stats/srm';

/**
 * What the sample-ratio check of a campaign's test counts, in words for the command line: the
 * plan assigns posts to variants and balances them on days of data, so rows (a post's day)
 * split as planned while impressions, an outcome of the creative, need not.
 */
export const ROW_SPLIT_METHOD =
	'ratio of sums with rows (a post on one day) as units: delta-method variance from the ' +
	'spread of the rows, so a large denominator from few rows is not read as many independent ' +
	'trials; z-test and Wald 95% interval for the difference; relative lift by the delta ' +
	'method; Benjamini-Hochberg adjusted p across markets; probability to beat control and ' +
	'expected loss from the normal approximation; markets combined by inverse variance with ' +
	"Cochran's Q; sample-ratio mismatch by chi-square on rows against the planned split";

/** One group's sample-ratio check redone on its rows, the units the plan splits. */
function onRows(group: GroupComparison, planned: readonly [number, number]): GroupComparison {
	const [control, treatment] = group.variants;
	return { ...group, srm: sampleRatioMismatch([control.n, treatment.n], planned) };
}

/**
 * The summary of a campaign's test with every sample-ratio check (per market and pooled) made
 * on rows instead of summed denominators: a test on facts assigns posts, never impressions, so
 * a creative that draws more impressions is an effect, not a broken assignment.
 */
export function withRowSplitChecks(summary: SplitSummary): SplitSummary {
	return {
		...summary,
		methodDescription: ROW_SPLIT_METHOD,
		groups: summary.groups.map((group) => onRows(group, summary.planned)),
		pooled: onRows(summary.pooled, summary.planned)
	};
}
