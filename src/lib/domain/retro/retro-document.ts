import type { EffectVerdict } from '../effects/observed-effect';

/**
 * A campaign's retrospective as plain data, every number already written as text: the page,
 * the Markdown file and the printable HTML are all drawn from one document, so they cannot
 * disagree on a figure.
 */
export interface RetroDocument {
	campaign: {
		id: string;
		name: string;
		/** Planned first and last day, or null when the campaign does not say. */
		start: string | null;
		end: string | null;
		reportingCurrency: string;
		markets: { code: string; name: string }[];
	};
	asOf: string;
	/** The days scored: the first day of data up to the as-of day. */
	range: { from: string; to: string };
	/** N: the days compared before and after each decision. */
	effectDays: number;
	/** One column per definition in the outcome table, in this order. */
	definitions: RetroDefinitionHeading[];
	outcomes: RetroMarketOutcome[];
	/** What slipped, what it cost and what buffer the next campaign should plan. */
	timing: RetroTiming;
	decisions: RetroDecision[];
	disagreements: RetroDisagreement[];
	openQuestions: RetroQuestion[];
	learnings: RetroEntry[];
	notes: RetroEntry[];
}

/** A success definition as the retrospective names it. */
export interface RetroDefinitionHeading {
	id: string;
	team: string;
	version: number;
	signedOff: boolean;
	markets: string[];
}

/** One market's outcome under every definition. */
export interface RetroMarketOutcome {
	market: string;
	name: string;
	definitions: RetroDefinitionOutcome[];
}

/** A market's data scored under one definition. */
export interface RetroDefinitionOutcome {
	definition: string;
	team: string;
	/** True when the definition is the market's own (it applies to that market). */
	own: boolean;
	score: string;
	verdict: string;
	kpis: RetroKpi[];
	/** KPIs left out of the score for want of an attainment. */
	missing: string[];
}

/** One KPI of a definition against one market's actual. */
export interface RetroKpi {
	metric: string;
	label: string;
	comparator: string;
	actual: string;
	target: string;
	attainment: string;
	verdict: string;
	weight: string;
}

/** What every annotation in the retrospective carries. */
export interface RetroEntry {
	id: string;
	title: string;
	/** The day or days it concerns, as text. */
	when: string;
	/** Market codes; empty for every market. */
	markets: string[];
	metrics: string[];
	platforms: string[];
	/** The author's display name, or null when the account is gone. */
	author: string | null;
	/** The body as its author wrote it, in Markdown (rendered and sanitised for HTML). */
	body: string;
	/** Linked annotations that are part of the retrospective. */
	related: { id: string; title: string }[];
}

/** A decision with its reasons and what it was expected to do and did. */
export interface RetroDecision extends RetroEntry {
	why: string | null;
	alternatives: string[];
	/** The expected effect in words, such as "spend down", or null when none was named. */
	expected: string | null;
	observed: RetroObservedEffect;
}

/** A decision's observed effect in words, with its verdict when one was measured. */
export type RetroObservedEffect =
	| {
			status: 'measured';
			verdict: EffectVerdict;
			/** "as expected", "the opposite of what was expected", "inconclusive". */
			verdictText: string;
			/** The difference-in-differences and its 95% interval. */
			estimate: string;
			interval: string;
			/** Which markets and days were compared. */
			comparison: string;
	  }
	| { status: 'not_measurable'; reason: string }
	| { status: 'no_expectation' };

/** One side of a disagreement. */
export interface RetroPosition {
	party: string;
	person: string | null;
	reading: string;
	argument: string;
}

/** A disagreement about how to read a number, and how it ended. */
export interface RetroDisagreement extends RetroEntry {
	positions: RetroPosition[];
	resolution: { outcome: string; by: string | null; at: string } | null;
}

/** Something the campaign leaves unsettled for the next one. */
export interface RetroQuestion {
	/** The annotation it comes from. */
	id: string;
	kind: 'disagreement' | 'decision';
	title: string;
	question: string;
}

/**
 * The timing section. Each part carries the sentences that introduce it (what it counts, by
 * which rule, or why it has nothing to show) and its rows, empty when there are none.
 */
export interface RetroTiming {
	slipped: { text: string[]; rows: RetroSlip[] };
	cost: {
		text: string[];
		markets: RetroMarketTimingCost[];
		/** Sentences on the timing metrics, the comparison's rule among them. */
		metricsText: string[];
		/** The headings of the metric table's value columns: market codes, then the baseline. */
		columns: string[];
		metrics: RetroTimingMetricRow[];
		/** Each market with a late phase against the markets that ran to plan. */
		comparisons: { market: string; name: string; text: string }[];
	};
	buffer: { text: string[]; rows: RetroPhaseBuffer[] };
}

/** One phase of one market that ended after its planned end, and what that did to the next. */
export interface RetroSlip {
	market: string;
	name: string;
	phase: string;
	label: string;
	plannedEnd: string;
	actualEnd: string;
	/** "2 days". */
	lateBy: string;
	/** The phase after it, or null when it is the last. */
	next: {
		phase: string;
		label: string;
		effect: RetroSlipEffect;
		/** What happened to it, such as "squeezed: started 2 days late …". */
		text: string;
	} | null;
}

/**
 * What a late phase did to the next: squeezed it (it started late and ran shorter), pushed it
 * (it started late and ended late), nothing it can be blamed for (`late`: it started on time
 * and overran by itself; `not_affected`), or unknown for want of dates.
 */
export type RetroSlipEffect = 'squeezed' | 'pushed' | 'late' | 'not_affected' | 'not_recorded';

/** What a market's slips cost it in days. */
export interface RetroMarketTimingCost {
	market: string;
	name: string;
	/** How many phases ended late, or "not recorded". */
	phasesLate: string;
	/** Days phases ran shorter than planned because they started late (their buffer used). */
	squeezed: string;
	/** The start of the last phase against its plan. */
	goLive: string;
	/** Days of the last phase lost to a late start. */
	lastPhaseLost: string;
}

/** One timing metric across the markets, its values in the order of `columns`. */
export interface RetroTimingMetricRow {
	metric: string;
	label: string;
	values: string[];
}

/** The buffer the next campaign should plan for one phase. */
export interface RetroPhaseBuffer {
	phase: string;
	label: string;
	/** "2 days", "0 days" or "not recorded". */
	days: string;
	/** The markets whose slip sets the buffer. */
	largestIn: string;
	/** Each market's own slip, grouped, or "the same in every market". */
	perMarket: string;
}
