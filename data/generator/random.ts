import {
	randomInt,
	randomLcg,
	randomLogNormal,
	randomNormal,
	randomPoisson,
	randomUniform,
	shuffler
} from 'd3';

/** Seeded draws for one table, all fed by one d3 linear congruential generator. */
export interface SeededRandom {
	/** A uniform number in [0, 1). */
	unit: () => number;
	/** A uniform number in [min, max). */
	uniform: (min: number, max: number) => number;
	/** An integer from `min` to `max`, both included. */
	integer: (min: number, max: number) => number;
	/** A generator of normal numbers (draw it once, call it per row). */
	normal: (mu: number, sigma: number) => () => number;
	/** A generator of log-normal numbers (`exp` of a normal with mean `mu` and sd `sigma`). */
	logNormal: (mu: number, sigma: number) => () => number;
	/** A Poisson count with mean `lambda`. */
	poisson: (lambda: number) => number;
	/** A noisy non-negative count around `mean`: Poisson below 10, its normal approximation above. */
	count: (mean: number) => number;
	/** One element, uniformly. */
	pick: <T>(items: readonly T[]) => T;
	/** A shuffled copy. */
	shuffle: <T>(items: readonly T[]) => T[];
}

/** Seeded draws from d3-random's `randomLcg(seed)`. */
export function createRandom(seed: number): SeededRandom {
	const source = randomLcg(seed);
	const standardNormal = randomNormal.source(source)(0, 1);
	const shuffle = shuffler(source);
	const poissonWith = randomPoisson.source(source);
	const uniformWith = randomUniform.source(source);
	const integerWith = randomInt.source(source);
	const poisson = (lambda: number) => (lambda > 0 ? poissonWith(lambda)() : 0);
	return {
		unit: source,
		uniform: (min, max) => uniformWith(min, max)(),
		integer: (min, max) => integerWith(min, max + 1)(),
		normal: (mu, sigma) => randomNormal.source(source)(mu, sigma),
		logNormal: (mu, sigma) => randomLogNormal.source(source)(mu, sigma),
		poisson,
		count: (mean) =>
			mean < 10
				? poisson(mean)
				: Math.max(0, Math.round(mean + Math.sqrt(mean) * standardNormal())),
		pick: (items) => {
			if (items.length === 0) throw new Error('cannot pick from an empty list');
			return items[Math.floor(source() * items.length)] as (typeof items)[number];
		},
		shuffle: (items) => shuffle(items.slice())
	};
}
