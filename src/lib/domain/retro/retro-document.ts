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
