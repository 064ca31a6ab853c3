import type { MetricUnit } from '../chart-metrics';
import type { ObservedEffect } from '../effects/observed-effect';
import type {
	RetroDecision,
	RetroDisagreement,
	RetroObservedEffect,
	RetroQuestion
} from './retro-document';
import { EFFECT_VERDICT_WORDS } from '../effects/observed-effect';
import { formatChange } from './retro-format';

/**
 * A decision's observed effect in words: the difference-in-differences of the expected metric
 * and its 95% interval in the metric's unit (money in the reporting currency), and which
 * markets and days were compared; or why it could not be measured.
 */
export function observedEffectOf(
	effect: ObservedEffect | { status: 'no_expectation' },
	unit: MetricUnit,
	currency: string
): RetroObservedEffect {
	if (effect.status !== 'measured') {
		return effect.status === 'not_measurable'
			? { status: 'not_measurable', reason: effect.reason }
			: { status: 'no_expectation' };
	}
	const change = (value: number) => formatChange(value, unit, currency);
	const { before, after } = effect;
	return {
		status: 'measured',
		verdict: effect.verdict,
		verdictText: EFFECT_VERDICT_WORDS[effect.verdict],
		estimate: change(effect.estimate),
		interval: `${change(effect.low)} to ${change(effect.high)}`,
		comparison:
			`${effect.scopeMarkets.join(', ')} with ${effect.comparisonMarkets.join(', ')} over ` +
			`${before.days} days before (${before.from} to ${before.to}) and ` +
			`${after.days} days from the decision on (${after.from} to ${after.to})`
	};
}

/**
 * What an annotation leaves open for the next campaign, or null: a disagreement nobody
 * settled, a decision whose effect could not be told apart from zero or not measured at all.
 */
export function openQuestionOf(entry: RetroDecision | RetroDisagreement): RetroQuestion | null {
	if ('positions' in entry) {
		if (entry.resolution) return null;
		const parties = entry.positions.map((p) => p.party);
		return {
			id: entry.id,
			kind: 'disagreement',
			title: entry.title,
			question:
				parties.length > 0
					? `Still open between ${listOf(parties)}.`
					: 'Still open; no position recorded.'
		};
	}
	const observed = entry.observed;
	const expected = entry.expected ? `Expected: ${entry.expected}. ` : '';
	if (observed.status === 'measured' && observed.verdict === 'inconclusive') {
		return {
			id: entry.id,
			kind: 'decision',
			title: entry.title,
			question: `${expected}Observed: ${observed.estimate} (95% interval ${observed.interval}), inconclusive.`
		};
	}
	if (observed.status === 'not_measurable') {
		return {
			id: entry.id,
			kind: 'decision',
			title: entry.title,
			question: `${expected}Not measurable: ${observed.reason}`
		};
	}
	return null;
}

function listOf(items: string[]): string {
	return items.length <= 1
		? (items[0] ?? '')
		: `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
