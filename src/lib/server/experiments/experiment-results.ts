import { campaignAsOf, clockDate } from '$lib/domain/as-of';
import type { Campaign } from '$lib/domain/campaign';
import type { Experiment } from '$lib/domain/experiments/experiment';
import { marketPower } from '$lib/domain/experiments/experiment-power';
import type {
	ExperimentReading,
	MissingMarket,
	MissingReason
} from '$lib/domain/experiments/experiment-reading';
import { withRowSplitChecks } from '$lib/domain/experiments/row-split';
import { daysInRange } from '$lib/domain/scoring/date-range';
import type { RatioRows } from '$lib/domain/stats/ratio-delta';
import { summariseSplit, type GroupCounts } from '$lib/domain/stats/split-summary';
import type { Row } from '$lib/engine/engine';
import {
	experimentLeftOutSql,
	experimentRecentSql,
	experimentRowsSql,
	type ExperimentRowsSpec
} from '$lib/sql/experiment-sql';
import { quoteIdentifier } from '$lib/sql/quote';
import { splitCountsSql } from '$lib/sql/split-sql';
import type { AppContext } from '../app-context';

/** How many days, up to the last day read, the daily traffic of the power check is the mean of. */
export const RECENT_DAYS = 7;

const ROWS_TABLE = 'experiment_rows';

/**
 * Reads a test from its campaign's facts on the as-of day (the campaign's own, unless one is
 * given): the daily rows of its markets and variants from its start to the earlier of its end
 * and the as-of day, each row (a post's day) one unit of the ratio of sums, summed per market
 * and variant by split-sql.ts and read by `summariseSplit` — as `parallax split <file>
 * --denominator … --by market` reads the same rows from a file — with the sample-ratio checks
 * made on rows, and the sample each market still needs for the test's minimum detectable effect.
 */
export function readExperiment(
	context: AppContext,
	campaign: Campaign,
	experiment: Experiment,
	options: { asOf?: string } = {}
): Promise<ExperimentReading> {
	const test = experiment.content;
	return context.facts.useEngine(campaign.id, async (engine, facts) => {
		const [last] = await engine.query<{ day: string | null }>(
			`SELECT max(date)::VARCHAR AS day FROM ${quoteIdentifier(facts)}`
		);
		const asOf = options.asOf ?? campaignAsOf(clockDate(context.config.now), last?.day ?? null);
		const daysToEnd = asOf < test.end ? daysInRange(asOf, test.end) - 1 : 0;
		const to = asOf < test.end ? asOf : test.end;
		const empty = { experiment, asOf, daysToEnd, summary: null, power: [] };
		if (to < test.start) return { ...empty, window: null, missing: [], leftOut: [] };
		const spec: ExperimentRowsSpec = {
			markets: test.markets,
			variants: test.variants,
			numerator: test.metric.numerator,
			denominator: test.metric.denominator,
			from: test.start,
			to
		};
		await engine.exec(experimentRowsSql(facts, spec, ROWS_TABLE));
		try {
			const counts = await engine.query(splitCountsSql(ROWS_TABLE));
			const recent = await engine.query(experimentRecentSql(ROWS_TABLE, to, RECENT_DAYS));
			const leftOut = (await engine.query(experimentLeftOutSql(facts, spec))).map((row) => ({
				market: String(row.grp),
				variant: String(row.variant),
				rows: Number(row.rows)
			}));
			const { groups, missing } = ratioGroups(experiment, counts);
			const window = { from: test.start, to };
			if (groups.length === 0) return { ...empty, window, missing, leftOut };
			const summary = withRowSplitChecks(
				summariseSplit(
					{ kind: 'ratio', groups },
					{
						names: { control: test.variants[0], treatment: test.variants[1] },
						planned: test.split
					}
				)
			);
			const daily = (market: string | null, variant: string) =>
				Number(recent.find((r) => r.grp === market && r.variant === variant)?.x ?? 0) / RECENT_DAYS;
			const power = summary.groups.map((group) =>
				marketPower(group, test.split, test.mde, {
					control: daily(group.group, test.variants[0]),
					treatment: daily(group.group, test.variants[1])
				})
			);
			return { experiment, asOf, window, summary, missing, leftOut, power, daysToEnd };
		} finally {
			await engine.exec(`DROP TABLE IF EXISTS ${quoteIdentifier(ROWS_TABLE)}`);
		}
	});
}

/**
 * Each market's control and treatment sums as the delta method reads them, in the test's
 * order of markets; a market where a variant has no rows, a single row or no denominator
 * cannot be compared and is named with the reason instead.
 */
function ratioGroups(
	experiment: Experiment,
	counts: Row[]
): { groups: GroupCounts<RatioRows>[]; missing: MissingMarket[] } {
	const groups: GroupCounts<RatioRows>[] = [];
	const missing: MissingMarket[] = [];
	for (const market of experiment.content.markets) {
		const sides = experiment.content.variants.map((variant) => {
			const row = counts.find((r) => r.grp === market && r.variant === variant);
			const summary: RatioRows | null = row
				? {
						rows: Number(row.rows),
						sumY: Number(row.sum_y),
						sumX: Number(row.sum_x),
						varY: Number(row.var_y),
						varX: Number(row.var_x),
						covYX: Number(row.cov_yx)
					}
				: null;
			const reason: MissingReason | null = !summary
				? 'no_rows'
				: summary.rows < 2
					? 'too_few_rows'
					: !(summary.sumX > 0)
						? 'no_denominator'
						: null;
			return { variant, summary, reason };
		});
		const lacking = sides.find((side) => side.reason !== null);
		if (lacking) missing.push({ market, variant: lacking.variant, reason: lacking.reason! });
		else groups.push({ group: market, control: sides[0]!.summary!, treatment: sides[1]!.summary! });
	}
	return { groups, missing };
}
