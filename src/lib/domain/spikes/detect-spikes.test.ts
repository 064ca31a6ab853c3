import { describe, expect, it } from 'vitest';
import { addDays } from '../scoring/date-range';
import { detectSpikes, isSpike, scoreDays, SPIKE_RULES, type DailySeries } from './detect-spikes';

/** mulberry32: a small seeded generator, so every synthetic series is the same on every run. */
function mulberry32(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A standard normal draw (Box–Muller). */
function normal(random: () => number): number {
	return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

const START = '2026-09-28';

/**
 * `days` daily values around `level` with log-normal noise of about `noise` (0.1: ±10%), each
 * planted day multiplied by its factor.
 */
function noisySeries(
	market: string,
	options: { seed: number; days: number; level: number; noise: number },
	planted: Record<number, number> = {}
): DailySeries {
	const random = mulberry32(options.seed);
	return {
		market,
		metric: 'impressions',
		values: Array.from({ length: options.days }, (_, day) => ({
			date: addDays(START, day),
			value: options.level * Math.exp(options.noise * normal(random)) * (planted[day] ?? 1)
		}))
	};
}

const dayOf = (date: string) => Math.round((Date.parse(date) - Date.parse(START)) / 86_400_000);

describe('detectSpikes on a market’s own history', () => {
	it('finds every planted spike in a seeded noisy series, and nothing else', () => {
		// Eight weeks at ±5%: tripled on day 20, a quarter on day 34, +80% (about 12σ) on day 48.
		const series = noisySeries(
			'US',
			{ seed: 20261116, days: 56, level: 1000, noise: 0.05 },
			{ 20: 3, 34: 0.25, 48: 1.8 }
		);
		const spikes = detectSpikes([series]);
		expect(spikes.map((spike) => dayOf(spike.date))).toEqual([20, 34, 48]);
		expect(spikes.map((spike) => Math.sign(spike.z))).toEqual([1, -1, 1]);
		expect(spikes.every((spike) => spike.baseline === 'own' && spike.historyDays === 14)).toBe(
			true
		);
		// +80% is short of doubling: it is a spike only because it is rarer than the noise allows.
		const [, , partial] = spikes;
		expect(partial!.value / partial!.expected).toBeLessThan(SPIKE_RULES.largeRatio);
		expect(Math.abs(partial!.z)).toBeGreaterThanOrEqual(partial!.rareAt);
	});

	it('raises no alarm on a flat noisy series', () => {
		const flat = noisySeries('US', { seed: 4404, days: 56, level: 1000, noise: 0.1 });
		expect(scoreDays(flat, [])).toHaveLength(56 - SPIKE_RULES.minHistory);
		expect(detectSpikes([flat])).toEqual([]);
	});

	it('keeps false alarms rare where a plain |z| ≥ 3.5 would not', () => {
		let alarmed = 0;
		let plainAlarmed = 0;
		for (let seed = 1; seed <= 200; seed++) {
			const scores = scoreDays(noisySeries('US', { seed, days: 56, level: 1000, noise: 0.1 }), []);
			if (scores.some((score) => isSpike(score))) alarmed++;
			if (scores.some((score) => Math.abs(score.z) >= 3.5)) plainAlarmed++;
		}
		// Of 200 flat eight-week series, at most 5% raise any alarm; the plain rule alarms on most.
		expect(alarmed).toBeLessThanOrEqual(10);
		expect(plainAlarmed).toBeGreaterThan(100);
	});

	it('judges a day on its own once a week of its trailing two weeks has values', () => {
		const series = noisySeries('US', { seed: 7, days: 20, level: 500, noise: 0.05 });
		const scores = scoreDays(series, []);
		expect(scores[0]).toMatchObject({ date: addDays(START, 7), historyDays: 7, baseline: 'own' });
		expect(scores.at(-1)).toMatchObject({ historyDays: 14 });
	});

	it('leaves days without a value out of the history and the scores', () => {
		const values = Array.from({ length: 10 }, (_, day) => ({
			date: addDays(START, day),
			value: day === 3 ? null : 100 + (day % 3)
		}));
		const scores = scoreDays({ market: 'US', metric: 'cpa', values }, []);
		// Day 3 has no value: day 8 is the first with seven values before it.
		expect(scores.map((score) => dayOf(score.date))).toEqual([8, 9]);
		expect(scores[0]!.historyDays).toBe(7);
	});
});

describe('the borrowed baseline of short histories', () => {
	const LEVELS = { US: 1_000_000, MX: 50_000, BR: 200_000, CO: 80_000, AR: 30_000 };
	const threeDays = (planted: Partial<Record<string, Record<number, number>>>) =>
		Object.entries(LEVELS).map(([market, level], index) =>
			noisySeries(
				market,
				{ seed: 1101 * (index + 1), days: 3, level, noise: 0.05 },
				planted[market]
			)
		);

	it('finds a spike on the third day of a campaign from the other markets’ moves', () => {
		const spikes = detectSpikes(threeDays({ BR: { 2: 4 } }));
		expect(spikes).toHaveLength(1);
		expect(spikes[0]).toMatchObject({
			date: addDays(START, 2),
			market: 'BR',
			baseline: 'borrowed',
			borrowedFrom: ['AR', 'CO', 'MX', 'US'],
			historyDays: 2,
			// Days 2 and 3 of the four others, each against its own previous values.
			pooledDays: 8
		});
		expect(spikes[0]!.value / spikes[0]!.expected).toBeCloseTo(4, 0);
	});

	it('scores no first day, and the second only when enough peer days exist', () => {
		const [us, ...others] = threeDays({});
		const scores = scoreDays(us!, others);
		// Day 1 has no history; day 2 has one peer day each (4 < 5); day 3 pools 8.
		expect(scores.map((score) => [dayOf(score.date), score.baseline])).toEqual([[2, 'borrowed']]);
		expect(scores.some((score) => isSpike(score))).toBe(false);
	});

	it('does not call a move every market makes at once a spike', () => {
		const golive = Object.fromEntries(Object.keys(LEVELS).map((market) => [market, { 2: 3 }]));
		expect(detectSpikes(threeDays(golive))).toEqual([]);
	});
});
