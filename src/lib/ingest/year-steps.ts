import type { Engine } from '$lib/engine/engine';
import type { DateFormat } from '$lib/sql/date-formats';
import { dateShapeMatchesSql } from '$lib/sql/date-sql';
import { quoteIdentifier } from '$lib/sql/quote';
import type { ColumnPlan } from './import-plan';

/**
 * How the days of a column written without a year (`February 28`) run down the file: the
 * direction most steps take, and per market the most steps that go against it (each one is a
 * new year: `December 31` then `January 1`).
 */
export interface YearSteps {
	direction: 1 | -1;
	/** The most steps against the direction any one market takes. */
	wraps: number;
	/** Month × 100 + day of the file's latest day: its last row, or its first when descending. */
	latestMonthDay: number;
}

/**
 * A step between two rows of less than six months (in month × 100 + day) shows which way the
 * days run; a turn of the year is a step of about a year the other way (December 31 →
 * January 1 is −1130), and must not outvote them in a short file.
 */
const REGULAR_STEP = 600;

/** Reads the steps of a year-less date column, per market (`partition`, when from a column). */
export async function yearSteps(
	engine: Engine,
	raw: string,
	column: ColumnPlan,
	format: DateFormat,
	partition: ColumnPlan | null
): Promise<YearSteps> {
	const monthDay = format.toMonthDay!(column.raw);
	const market = partition ? `lower(trim(${partition.raw}))` : "''";
	const [row] = await engine.query<{
		up: number;
		down: number;
		wraps_up: number | null;
		wraps_down: number | null;
		first_md: number | null;
		last_md: number | null;
	}>(
		`WITH days AS (
	SELECT rowid AS o, ${monthDay} AS md, ${market} AS p
	FROM ${quoteIdentifier(raw)} WHERE ${dateShapeMatchesSql(column.raw, format)}
), steps AS (
	SELECT o, p, md, md - lag(md) OVER (PARTITION BY p ORDER BY o) AS step FROM days
), per_market AS (
	SELECT count(*) FILTER (step < 0) AS against_up, count(*) FILTER (step > 0) AS against_down
	FROM steps GROUP BY p
)
SELECT (SELECT count(*) FILTER (step > 0 AND step < ${REGULAR_STEP}) FROM steps)::INTEGER AS up,
	(SELECT count(*) FILTER (step < 0 AND step > -${REGULAR_STEP}) FROM steps)::INTEGER AS down,
	(SELECT max(against_up) FROM per_market)::INTEGER AS wraps_up,
	(SELECT max(against_down) FROM per_market)::INTEGER AS wraps_down,
	(SELECT arg_min(md, o) FROM days)::INTEGER AS first_md,
	(SELECT arg_max(md, o) FROM days)::INTEGER AS last_md`
	);
	const direction = (row?.up ?? 0) >= (row?.down ?? 0) ? 1 : -1;
	return {
		direction,
		wraps: Number((direction === 1 ? row?.wraps_up : row?.wraps_down) ?? 0),
		latestMonthDay: Number((direction === 1 ? row?.last_md : row?.first_md) ?? 0)
	};
}

/**
 * The year of the first row that puts the file's latest day on or before `today`, the best
 * guess for an export read soon after it was made.
 */
export function guessFirstYear(steps: YearSteps, today: Date): number {
	const todayMonthDay = (today.getUTCMonth() + 1) * 100 + today.getUTCDate();
	const latestYear =
		steps.latestMonthDay <= todayMonthDay ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
	return steps.direction === 1 ? latestYear - steps.wraps : latestYear;
}
