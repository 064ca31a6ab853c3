import { addDays } from '../scoring/date-range';
import { welchInterval } from '../stats/welch';

/** One market's value of a metric on one day; null when the day has no data for it. */
export interface MarketDay {
	date: string;
	market: string;
	value: number | null;
}

/** Which decision to measure, against what, over how many days. */
export interface EffectRequest {
	/** The decision's markets: the treated side (none: every market). */
	scopeMarkets: readonly string[];
	/** Every market of the campaign; those outside the scope are the comparison side. */
	markets: readonly string[];
	/** The decision's first day: the first day of the "after" window. */
	start: string;
	/** Days before and after the start that are compared (N). */
	days: number;
	/** The way the decision expected the metric to move. */
	direction: 'up' | 'down';
	/** The last day with data; the "after" window stops there. */
	lastDay: string;
}

/** Whether the interval agrees with the expectation, contradicts it, or spans zero. */
export type EffectVerdict = 'as_expected' | 'opposite' | 'inconclusive';

/** How an observed effect's verdict reads. */
export const EFFECT_VERDICT_WORDS: Record<EffectVerdict, string> = {
	as_expected: 'as expected',
	opposite: 'the opposite of what was expected',
	inconclusive: 'inconclusive, the interval spans zero'
};

/** The days of one window and the mean daily difference (scope − comparison) over them. */
export interface EffectWindow {
	from: string;
	to: string;
	/** Days that had a value for every market on both sides. */
	days: number;
	meanDifference: number | null;
}

/** A difference-in-differences with its Welch interval, or the reason there is none. */
export type ObservedEffect = {
	days: number;
	scopeMarkets: string[];
	comparisonMarkets: string[];
	before: EffectWindow;
	after: EffectWindow;
} & (
	| {
			status: 'measured';
			/** mean(after differences) − mean(before differences). */
			estimate: number;
			low: number;
			high: number;
			degreesOfFreedom: number;
			verdict: EffectVerdict;
	  }
	| {
			status: 'not_measurable';
			/** Why, as a code for the interface to word; the counts are in `before` and `after`. */
			reasonCode: NotMeasurableCode;
			/** Why, in English, for the retrospective and the command line. */
			reason: string;
	  }
);

/**
 * Why an effect cannot be measured: the decision names no market of the campaign, covers every
 * market, starts after the data, or has fewer than 2 usable days on a side.
 */
export type NotMeasurableCode = 'no_market' | 'every_market' | 'after_last_day' | 'too_few_days';

/**
 * The observed effect of a decision: each day's difference between the scope's markets and the
 * markets outside it (each side the plain mean of its markets, so that one big market does not
 * stand for the rest), compared over N days before the decision and N days from it on. The
 * difference of the two means is the difference-in-differences; Welch's t-interval on the daily
 * differences says how sure it is. A day is used only when every market on both sides has a
 * value, so that a missing market cannot shift a side's mean.
 */
export function observedEffect(series: readonly MarketDay[], request: EffectRequest) {
	// A scope without markets is about every market, as everywhere else in annotations.
	const scoped = request.scopeMarkets.length === 0 ? request.markets : request.scopeMarkets;
	const scope = request.markets.filter((m) => scoped.includes(m));
	const comparison = request.markets.filter((m) => !scoped.includes(m));
	const afterEnd = minDate(addDays(request.start, request.days - 1), request.lastDay);
	const beforeDiffs = dailyDifferences(
		series,
		scope,
		comparison,
		addDays(request.start, -request.days),
		addDays(request.start, -1)
	);
	const afterDiffs = dailyDifferences(series, scope, comparison, request.start, afterEnd);
	const base = {
		days: request.days,
		scopeMarkets: scope,
		comparisonMarkets: comparison,
		before: beforeDiffs.window,
		after: afterDiffs.window
	};
	const missing = missingReason(request, scope, comparison, beforeDiffs.values, afterDiffs.values);
	if (missing) {
		const { code: reasonCode, reason } = missing;
		return { ...base, status: 'not_measurable', reasonCode, reason } satisfies ObservedEffect;
	}
	const interval = welchInterval(afterDiffs.values, beforeDiffs.values)!;
	return {
		...base,
		status: 'measured',
		estimate: interval.difference,
		low: interval.low,
		high: interval.high,
		degreesOfFreedom: interval.degreesOfFreedom,
		verdict: verdictOf(interval.low, interval.high, request.direction)
	} satisfies ObservedEffect;
}

function verdictOf(low: number, high: number, direction: 'up' | 'down'): EffectVerdict {
	if (low <= 0 && high >= 0) return 'inconclusive';
	return low > 0 === (direction === 'up') ? 'as_expected' : 'opposite';
}

function missingReason(
	request: EffectRequest,
	scope: string[],
	comparison: string[],
	before: number[],
	after: number[]
): { code: NotMeasurableCode; reason: string } | null {
	if (scope.length === 0) {
		return { code: 'no_market', reason: 'The decision names no market of this campaign.' };
	}
	if (comparison.length === 0) {
		return {
			code: 'every_market',
			reason: 'The decision covers every market, so no market is left to compare it with.'
		};
	}
	if (request.start > request.lastDay) {
		return { code: 'after_last_day', reason: 'The decision starts after the last day of data.' };
	}
	if (before.length < 2 || after.length < 2) {
		return {
			code: 'too_few_days',
			reason: `Needs at least 2 days with data on both sides before and after the decision; found ${before.length} before and ${after.length} after.`
		};
	}
	return null;
}

function dailyDifferences(
	series: readonly MarketDay[],
	scope: string[],
	comparison: string[],
	from: string,
	to: string
): { window: EffectWindow; values: number[] } {
	const byDate = new Map<string, Map<string, number>>();
	for (const { date, market, value } of series) {
		if (date < from || date > to || value === null || !Number.isFinite(value)) continue;
		let markets = byDate.get(date);
		if (!markets) byDate.set(date, (markets = new Map()));
		markets.set(market, value);
	}
	const values: number[] = [];
	for (const date of [...byDate.keys()].sort()) {
		const markets = byDate.get(date)!;
		const scopeMean = meanOf(scope, markets);
		const comparisonMean = meanOf(comparison, markets);
		if (scopeMean !== null && comparisonMean !== null) values.push(scopeMean - comparisonMean);
	}
	const meanDifference =
		values.length > 0 ? values.reduce((sum, value) => sum + value, 0) / values.length : null;
	return { window: { from, to, days: values.length, meanDifference }, values };
}

/** The mean of these markets' values, or null when any of them has none. */
function meanOf(markets: string[], values: Map<string, number>): number | null {
	if (markets.length === 0 || markets.some((m) => !values.has(m))) return null;
	return markets.reduce((sum, m) => sum + values.get(m)!, 0) / markets.length;
}

function minDate(a: string, b: string): string {
	return a < b ? a : b;
}
