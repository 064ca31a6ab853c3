import { addDays } from '../scoring/date-range';
import { median, noiseThreshold, robustZ } from './robust-scale';

/** One day's value of a series; null when the day has rows but no value (a division by zero). */
export interface DailyValue {
	date: string;
	value: number | null;
}

/** One market's daily values of one metric; days without data are simply absent. */
export interface DailySeries {
	market: string;
	metric: string;
	values: readonly DailyValue[];
}

/** How days are judged: the trailing window, the history a day needs, when a day is a spike. */
export interface SpikeRules {
	/** Calendar days before a day that make up its trailing history. */
	window: number;
	/** Values of its own, inside the window, a day needs to be judged against them. */
	minHistory: number;
	/** The least |z| of any spike. */
	threshold: number;
	/**
	 * How often pure noise may cross the threshold: a short history's MAD is itself uncertain,
	 * so its days need a larger |z| to be as rare (see `noiseThreshold`).
	 */
	falseAlarmRate: number;
	/** A day at this multiple of what was expected, or at its inverse, needs only `threshold`. */
	largeRatio: number;
	/** Deviations of other markets a borrowed baseline needs before it judges anything. */
	minPooled: number;
}

/**
 * Two weeks of trailing history (every weekday twice), judged on its own once a full week of
 * it has values. A spike has |z| ≥ 3.5, the threshold Iglewicz and Hoaglin recommend, and is
 * either as rare as 1 day of pure noise in 1,000 given how many values its median and MAD come
 * from (|z| ≥ 24 for 7 days, 11 for 10, 7.1 for 14, 3.8 for 56 pooled deviations) or at least
 * doubled or halved. The plain 3.5 alone calls about 2% of pure-noise days spikes on two weeks
 * of history, and 7% on one. With five markets a borrowed baseline needs at least five peer
 * deviations: one day of the four others is not enough, two are.
 */
export const SPIKE_RULES: SpikeRules = {
	window: 14,
	minHistory: 7,
	threshold: 3.5,
	falseAlarmRate: 0.001,
	largeRatio: 2,
	minPooled: 5
};

/**
 * Which history a day was held against: its own trailing days, or — while it has fewer than
 * `minHistory` of them — its own few days with the spread borrowed from the other markets.
 */
export type SpikeBaseline = 'own' | 'borrowed';

/** One day of one market's metric, scored against its baseline. */
export interface DayScore {
	date: string;
	market: string;
	metric: string;
	value: number;
	/** Robust z-score; positive above the baseline, negative below. */
	z: number;
	/**
	 * What the baseline expected: the trailing median; for a borrowed baseline, the market's
	 * own median moved by the other markets' typical move over the same days.
	 */
	expected: number;
	baseline: SpikeBaseline;
	/** The market's own values in the trailing window. */
	historyDays: number;
	/** The markets whose deviations were pooled; empty for an own baseline. */
	borrowedFrom: string[];
	/** How many of their days' deviations were pooled; 0 for an own baseline. */
	pooledDays: number;
	/** The |z| pure noise reaches with probability `falseAlarmRate` given this much history. */
	rareAt: number;
}

/** A day `isSpike` calls a spike. */
export type Spike = DayScore;

type ValuesByDate = ReadonlyMap<string, number | null>;

/**
 * Scores every day of a series that has a baseline. A day with at least `minHistory` values
 * of its own in the trailing window gets the modified z-score against their median and MAD.
 * A day with fewer (the first days of a campaign or of a market) is compared with its own
 * median of those k days as a relative deviation, (x − m) / |m|, and that deviation is scored
 * against the pooled relative deviations of the peers (the other markets' same metric) on the
 * window's days up to and including this one, each peer day taken against that peer's own
 * previous k values: the same question asked of series that are comparable once divided by
 * their own level, whatever their size or currency. Centring on the peers' median deviation
 * means a move every market makes at once (a go-live ramp) is not an alarm. A day with no
 * history, a zero median, too few peer deviations or no spread at all is not scored.
 */
export function scoreDays(
	series: DailySeries,
	peers: readonly DailySeries[],
	rules: SpikeRules = SPIKE_RULES
): DayScore[] {
	const own = byDate(series);
	const peerValues = peers.map((peer) => ({ market: peer.market, values: byDate(peer) }));
	const scores: DayScore[] = [];
	for (const { date, value } of [...series.values].sort((a, b) => compare(a.date, b.date))) {
		if (value === null) continue;
		const history = trailing(own, date, rules.window);
		const day = { date, market: series.market, metric: series.metric, value };
		if (history.length >= rules.minHistory) {
			const scored = robustZ(value, history);
			if (scored) {
				scores.push({
					...day,
					z: scored.z,
					expected: scored.median,
					baseline: 'own',
					historyDays: history.length,
					borrowedFrom: [],
					pooledDays: 0,
					rareAt: rareAt(history.length, rules)
				});
			}
			continue;
		}
		const borrowed = borrowedScore(value, history, date, peerValues, rules);
		if (borrowed) scores.push({ ...day, ...borrowed, historyDays: history.length });
	}
	return scores;
}

/**
 * The spikes of many series: each series is scored with the other markets' series of the same
 * metric as its peers, and the spikes among its days are kept, by date, market and metric.
 */
export function detectSpikes(
	series: readonly DailySeries[],
	rules: SpikeRules = SPIKE_RULES
): Spike[] {
	return series
		.flatMap((one) =>
			scoreDays(
				one,
				series.filter((other) => other.metric === one.metric && other.market !== one.market),
				rules
			)
		)
		.filter((score) => isSpike(score, rules))
		.sort(
			(a, b) =>
				compare(a.date, b.date) || compare(a.market, b.market) || compare(a.metric, b.metric)
		);
}

/**
 * Whether a scored day is a spike: its |z| is as rare as the rules' false-alarm rate allows
 * for its history (`rareAt`), or it reached the plain threshold while at least `largeRatio`
 * times, or at most 1/`largeRatio` of, what was expected.
 */
export function isSpike(
	score: Pick<DayScore, 'z' | 'value' | 'expected' | 'rareAt'>,
	rules: SpikeRules = SPIKE_RULES
): boolean {
	const size = Math.abs(score.z);
	if (size < rules.threshold) return false;
	if (size >= score.rareAt) return true;
	if (score.expected <= 0) return false;
	const ratio = score.value / score.expected;
	return ratio >= rules.largeRatio || ratio <= 1 / rules.largeRatio;
}

function rareAt(samples: number, rules: SpikeRules): number {
	return Math.max(rules.threshold, noiseThreshold(samples, rules.falseAlarmRate));
}

function borrowedScore(
	value: number,
	history: readonly number[],
	date: string,
	peers: readonly { market: string; values: ValuesByDate }[],
	rules: SpikeRules
): Pick<DayScore, 'z' | 'expected' | 'baseline' | 'borrowedFrom' | 'pooledDays' | 'rareAt'> | null {
	if (history.length === 0) return null;
	const center = median(history);
	if (center === 0) return null;
	const deviations: number[] = [];
	const from = new Set<string>();
	for (const peer of peers) {
		for (let back = rules.window - 1; back >= 0; back--) {
			const day = addDays(date, -back);
			const peerValue = peer.values.get(day);
			if (peerValue === null || peerValue === undefined) continue;
			const peerHistory = trailing(peer.values, day, rules.window, history.length);
			if (peerHistory.length === 0) continue;
			const peerCenter = median(peerHistory);
			if (peerCenter === 0) continue;
			deviations.push((peerValue - peerCenter) / Math.abs(peerCenter));
			from.add(peer.market);
		}
	}
	if (deviations.length < rules.minPooled) return null;
	const scored = robustZ((value - center) / Math.abs(center), deviations);
	if (!scored) return null;
	return {
		z: scored.z,
		expected: center + Math.abs(center) * scored.median,
		baseline: 'borrowed',
		borrowedFrom: [...from].sort(),
		pooledDays: deviations.length,
		rareAt: rareAt(deviations.length, rules)
	};
}

/**
 * The non-null values of the `window` days before `date`, most recent first, at most `limit`
 * of them.
 */
function trailing(
	values: ValuesByDate,
	date: string,
	window: number,
	limit = Number.POSITIVE_INFINITY
): number[] {
	const found: number[] = [];
	for (let back = 1; back <= window && found.length < limit; back++) {
		const value = values.get(addDays(date, -back));
		if (value !== null && value !== undefined) found.push(value);
	}
	return found;
}

function byDate(series: DailySeries): ValuesByDate {
	return new Map(series.values.map((point) => [point.date, point.value]));
}

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
