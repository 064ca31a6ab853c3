import type { Kpi, Verdict } from '../definitions';
import type { DefinitionScore } from '../scoring/score-definition';
import { changeOverWeek, WEEK_DAYS } from './week-change';

/** One KPI of a market's own definition on the as-of day. */
export interface LiveKpi {
	metric: string;
	definition: string;
	version: number;
	unit: Kpi['unit'];
	comparator: Kpi['comparator'];
	/** The currency of a money KPI's value and target. */
	currency?: string;
	/**
	 * `day`: the as-of day's value alone (the scoreboard's value for that one day); `to_date`:
	 * from the first day of data to the as-of day, for a metric whose one-day value means
	 * something else (see `hasDayValues`).
	 */
	window: 'day' | 'to_date';
	/** The first day of the value's range; it ends on the as-of day. */
	from: string;
	value: number | null;
	/** The target for the value's range (a count target pro-rated to it). */
	target: number;
	attainment: number | null;
	verdict: Verdict;
	/**
	 * Relative change (0.25: 25% up): a day's value against the seven days before it (see
	 * `changeOverWeek`); a value to date against the value to date a week earlier.
	 */
	change7d: number | null;
}

/** One definition scored for one market over the ranges a live card reads. */
export interface LiveScores {
	/** The as-of day alone. */
	day: DefinitionScore;
	/** The seven days before it. */
	week: DefinitionScore | null;
	/** The first day of data to the as-of day. */
	toDate: DefinitionScore | null;
	/** The first day of data to the day a week before the as-of day; null when it is earlier. */
	toDateWeekAgo: DefinitionScore | null;
}

/** What a metric is, for reading it on a card. */
export interface MetricShape {
	/** Whether one day's value means what a range's does (`hasDayValues`). */
	dayValues: boolean;
	/** Whether its value grows with the days it covers (`scalesWithDays`). */
	grows: boolean;
}

/**
 * A market's KPIs under one of its own definitions as a live card shows them: each on the
 * as-of day with its one-day target and its change against the seven days before, or, for a
 * metric without day values, to date with its change against a week earlier. `daysWithData`
 * counts the days of the week before that had a value of the metric.
 */
export function liveKpis(input: {
	scores: LiveScores;
	asOf: string;
	first: string;
	shape: (metric: string) => MetricShape;
	daysWithData: (metric: string) => number;
}): LiveKpi[] {
	const { scores } = input;
	return scores.day.kpis.map((dayKpi, index) => {
		const shape = input.shape(dayKpi.metric);
		const kpi = shape.dayValues ? dayKpi : (scores.toDate?.kpis[index] ?? dayKpi);
		const change7d = shape.dayValues
			? changeOverWeek(
					kpi.actual,
					{
						value: scores.week?.kpis[index]?.actual ?? null,
						days: input.daysWithData(kpi.metric)
					},
					shape.grows
				)
			: changeOverWeek(
					kpi.actual,
					{ value: scores.toDateWeekAgo?.kpis[index]?.actual ?? null, days: WEEK_DAYS },
					false
				);
		return {
			metric: kpi.metric,
			definition: scores.day.definition,
			version: scores.day.version,
			unit: kpi.unit,
			comparator: kpi.comparator,
			...(kpi.currency ? { currency: kpi.currency } : {}),
			window: shape.dayValues ? 'day' : 'to_date',
			from: shape.dayValues ? input.asOf : input.first,
			value: kpi.actual,
			target: kpi.target,
			attainment: kpi.attainment,
			verdict: kpi.verdict,
			change7d
		};
	});
}
