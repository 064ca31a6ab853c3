import { adjustBenjaminiHochberg } from './benjamini-hochberg';
import { combineEffects } from './heterogeneity';
import { mergeRatioRows, type RatioRows } from './ratio-delta';
import { checkSimpsonParadox, type SimpsonCheck } from './simpson';
import type { Proportion } from './two-proportions';
import {
	compareVariants,
	type PairSetting,
	type SplitMethod,
	type VariantComparison,
	type VariantPair
} from './variant-comparison';

/** One group's (market's) counts for control and treatment. */
export interface GroupCounts<T> {
	/** The group's value; null when the test is not split by any column. */
	group: string | null;
	control: T;
	treatment: T;
}

/** Every group of a split test, of one kind of data. */
export type SplitCounts =
	| { kind: 'units'; groups: readonly GroupCounts<Proportion>[] }
	| { kind: 'ratio'; groups: readonly GroupCounts<RatioRows>[] };

/** A group's comparison with its p-value adjusted across the groups shown together. */
export interface GroupComparison extends VariantComparison {
	group: string | null;
	/** Benjamini–Hochberg across the groups; null for the pooled row, which is not one of them. */
	pAdjusted: number | null;
}

/** The whole reading of a split test: per group, pooled, combined, and their agreement. */
export interface SplitSummary {
	method: SplitMethod;
	/** The method in words, shown with every result. */
	methodDescription: string;
	/** The planned split, control first. */
	planned: readonly [number, number];
	groups: GroupComparison[];
	/** The same comparison over the counts of all groups summed. */
	pooled: GroupComparison;
	/** Inverse-variance weighted mean of the groups' differences; null when none has a variance. */
	combined: { diff: number; ci95: [number, number]; groups: number } | null;
	/** Cochran's Q across the weighted groups; p and i2 are null with fewer than two. */
	heterogeneity: { q: number; p: number | null; i2: number | null } | null;
	simpson: SimpsonCheck;
}

/** How each kind of data is read, in words. */
export const METHOD_DESCRIPTIONS: Record<SplitMethod, string> = {
	'two-proportion-z':
		'one row per unit with a 0/1 outcome: two-proportion z-test with pooled variance; ' +
		'Wald and Newcombe (hybrid score) 95% intervals for the difference; relative lift by ' +
		'the delta method; probability to beat control and expected loss under Beta(1,1) priors; ' +
		'sample-ratio mismatch by chi-square on units',
	'ratio-delta':
		'ratio of sums with rows as units: delta-method variance from the spread of the rows, ' +
		'so a large denominator from few rows is not read as many independent trials; z-test ' +
		'and Wald 95% interval for the difference; relative lift by the delta method; ' +
		'probability to beat control and expected loss from the normal approximation; ' +
		'sample-ratio mismatch by chi-square on the summed denominators'
};

/**
 * Reads a split test: each group (market) compared on its own, the pooled row over summed
 * counts, the groups' differences combined by inverse variance with Cochran's Q and I², the
 * Benjamini–Hochberg adjustment across groups, and the Simpson's-paradox check of the pooled
 * difference against the combined one and against the groups carrying most of the traffic.
 */
export function summariseSplit(counts: SplitCounts, setting: PairSetting): SplitSummary {
	if (counts.groups.length === 0) throw new Error('a split test needs at least one group');
	const compared = groupPairs(counts).map(({ group, pair }) => ({
		group,
		comparison: compareVariants(pair, setting)
	}));
	const adjusted = adjustBenjaminiHochberg(compared.map(({ comparison }) => comparison.p));
	const groups = compared.map(({ group, comparison }, i) => ({
		group,
		...comparison,
		pAdjusted: adjusted[i]!
	}));
	const pooled: GroupComparison = {
		group: null,
		...compareVariants(pooledPair(counts), setting),
		pAdjusted: null
	};
	// A group whose rates are both 0 or both 1 has no variance and carries no weight.
	const weighted = groups.filter((g) => g.diffVariance > 0 && Number.isFinite(g.diffVariance));
	const combined =
		weighted.length > 0
			? combineEffects(weighted.map((g) => ({ estimate: g.diff, variance: g.diffVariance })))
			: null;
	return {
		method: counts.kind === 'units' ? 'two-proportion-z' : 'ratio-delta',
		methodDescription:
			METHOD_DESCRIPTIONS[counts.kind === 'units' ? 'two-proportion-z' : 'ratio-delta'],
		planned: setting.planned,
		groups,
		pooled,
		combined: combined && {
			diff: combined.estimate,
			ci95: combined.interval,
			groups: weighted.length
		},
		heterogeneity: combined && { q: combined.q, p: combined.p, i2: combined.i2 },
		simpson: checkSimpsonParadox({
			pooled: pooled.diff,
			combined: combined?.estimate ?? null,
			markets: groups.map((g) => ({
				estimate: g.diff,
				traffic: g.variants[0].denominator + g.variants[1].denominator
			}))
		})
	};
}

/** Each group's control and treatment as a pair of the split's kind. */
function groupPairs(counts: SplitCounts): { group: string | null; pair: VariantPair }[] {
	return counts.kind === 'units'
		? counts.groups.map(({ group, control, treatment }) => ({
				group,
				pair: { kind: 'units', control, treatment }
			}))
		: counts.groups.map(({ group, control, treatment }) => ({
				group,
				pair: { kind: 'ratio', control, treatment }
			}));
}

/** Control and treatment summed over every group. */
function pooledPair(counts: SplitCounts): VariantPair {
	if (counts.kind === 'units') {
		const sum = (side: 'control' | 'treatment') => ({
			n: counts.groups.reduce((total, g) => total + g[side].n, 0),
			conversions: counts.groups.reduce((total, g) => total + g[side].conversions, 0)
		});
		return { kind: 'units', control: sum('control'), treatment: sum('treatment') };
	}
	return {
		kind: 'ratio',
		control: mergeRatioRows(counts.groups.map((g) => g.control)),
		treatment: mergeRatioRows(counts.groups.map((g) => g.treatment))
	};
}
