import type { SplitSummary } from '../stats/split-summary';
import type { Experiment } from './experiment';
import type { MarketPower } from './experiment-power';

/** Why a market of the test has no comparison. */
export type MissingReason = 'no_rows' | 'too_few_rows' | 'no_denominator';

/** A market (and the variant) a test could not be read in. */
export interface MissingMarket {
	market: string;
	variant: string;
	reason: MissingReason;
}

/** Rows of a test's markets, variants and days that lack the numerator or the denominator. */
export interface LeftOutRows {
	market: string;
	variant: string;
	rows: number;
}

/** A test read from its campaign's facts on an as-of day. */
export interface ExperimentReading {
	experiment: Experiment;
	asOf: string;
	/** The days read: the test's start to the earlier of its end and the as-of day; null before it starts. */
	window: { from: string; to: string } | null;
	/** Per market, pooled and combined, sample-ratio checks on rows; null when no market can be read. */
	summary: SplitSummary | null;
	/** Markets of the test left out of the summary, with the variant that lacks data. */
	missing: MissingMarket[];
	leftOut: LeftOutRows[];
	/** Per compared market, the sample the minimum detectable effect needs and the days to get it. */
	power: MarketPower[];
	/** Days from the as-of day to the test's end; 0 once it has ended. */
	daysToEnd: number;
}
