import { compareBetaPosteriors } from './beta-binomial';
import { newcombeDifferenceInterval } from './newcombe';
import { normalInterval } from './normal';
import { compareNormalPosterior } from './normal-posterior';
import { ratioDeltaTest, ratioEstimate, type RatioRows } from './ratio-delta';
import { relativeLift } from './relative-lift';
import { sampleRatioMismatch, type SampleRatioCheck } from './srm';
import { rateOf, rateVariance, twoProportionZTest, type Proportion } from './two-proportions';

/** The two kinds of data a split test is read from. */
export type SplitMethod = 'two-proportion-z' | 'ratio-delta';

/** A control and a treatment, by the kind of data they hold. */
export type VariantPair =
	| { kind: 'units'; control: Proportion; treatment: Proportion }
	| { kind: 'ratio'; control: RatioRows; treatment: RatioRows };

/** One variant as a table shows it. */
export interface VariantReading {
	name: string;
	/** Units the statistics count: users for unit-level data, rows for ratio-of-sums data. */
	n: number;
	/** The numerator's total (conversions, clicks, engagements). */
	conversions: number;
	/** The denominator's total: n itself for unit-level data. */
	denominator: number;
	rate: number;
}

/** Treatment against control on one group of data (a market, or all markets pooled). */
export interface VariantComparison {
	variants: [VariantReading, VariantReading];
	/** Treatment rate − control rate. */
	diff: number;
	/** Variance of diff from each variant's own variance (unpooled): what markets are weighted by. */
	diffVariance: number;
	/** Wald 95% interval of diff. */
	ci95: [number, number];
	/** Newcombe hybrid score 95% interval of diff; null for ratio-of-sums data. */
	ci95Newcombe: [number, number] | null;
	/** Treatment rate / control rate − 1; null when the control rate is 0. */
	relLift: number | null;
	relLiftCi95: [number, number] | null;
	z: number | null;
	p: number | null;
	probBeatControl: number;
	expectedLoss: number;
	srm: SampleRatioCheck;
}

/** Names of the two variants and the planned split, control first. */
export interface PairSetting {
	names: { control: string; treatment: string };
	planned: readonly [number, number];
}

/**
 * Compares treatment with control: unit-level 0/1 data with the pooled two-proportion z-test
 * and Beta(1, 1) posteriors; ratio-of-sums data with the delta method, rows as units.
 */
export function compareVariants(pair: VariantPair, setting: PairSetting): VariantComparison {
	return pair.kind === 'units'
		? compareUnits(pair.control, pair.treatment, setting)
		: compareRatios(pair.control, pair.treatment, setting);
}

function compareUnits(
	control: Proportion,
	treatment: Proportion,
	{ names, planned }: PairSetting
): VariantComparison {
	const rateC = { rate: rateOf(control), variance: rateVariance(control) };
	const rateT = { rate: rateOf(treatment), variance: rateVariance(treatment) };
	const test = twoProportionZTest(control, treatment);
	const diffVariance = rateC.variance + rateT.variance;
	const lift = relativeLift(rateC, rateT);
	const bayes = compareBetaPosteriors(control, treatment);
	const reading = (name: string, { n, conversions }: Proportion, rate: number) => ({
		name,
		n,
		conversions,
		denominator: n,
		rate
	});
	return {
		variants: [
			reading(names.control, control, rateC.rate),
			reading(names.treatment, treatment, rateT.rate)
		],
		diff: test.diff,
		diffVariance,
		ci95: normalInterval(test.diff, Math.sqrt(diffVariance), 0.95),
		ci95Newcombe: newcombeDifferenceInterval(control, treatment),
		relLift: lift?.lift ?? null,
		relLiftCi95: lift ? [lift.low, lift.high] : null,
		z: test.z,
		p: test.p,
		probBeatControl: bayes.probabilityToBeatControl,
		expectedLoss: bayes.expectedLoss,
		srm: sampleRatioMismatch([control.n, treatment.n], planned)
	};
}

function compareRatios(
	control: RatioRows,
	treatment: RatioRows,
	{ names, planned }: PairSetting
): VariantComparison {
	const rateC = ratioEstimate(control);
	const rateT = ratioEstimate(treatment);
	const test = ratioDeltaTest(rateC, rateT);
	const lift = relativeLift(rateC, rateT);
	const bayes = compareNormalPosterior(test.diff, test.standardError);
	const reading = (name: string, rows: RatioRows, rate: number) => ({
		name,
		n: rows.rows,
		conversions: rows.sumY,
		denominator: rows.sumX,
		rate
	});
	return {
		variants: [
			reading(names.control, control, rateC.rate),
			reading(names.treatment, treatment, rateT.rate)
		],
		diff: test.diff,
		diffVariance: test.standardError ** 2,
		ci95: test.interval,
		ci95Newcombe: null,
		relLift: lift?.lift ?? null,
		relLiftCi95: lift ? [lift.low, lift.high] : null,
		z: test.z,
		p: test.p,
		probBeatControl: bayes.probabilityToBeatControl,
		expectedLoss: bayes.expectedLoss,
		// The planned split divides the traffic, which the denominators count.
		srm: sampleRatioMismatch([control.sumX, treatment.sumX], planned)
	};
}
