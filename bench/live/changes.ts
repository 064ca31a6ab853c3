/**
 * The filter changes the live benchmark makes, one kind at a time, as a user makes them on the
 * live page: the next metric in the list, a market or platform chip clicked (off, then on
 * again), a zoomed week (then the zoom reset).
 */
import { CHART_METRICS } from '$lib/domain/chart-metrics';
import type { LiveFilters } from '$lib/state/filters';

/** A kind of filter change. */
export type ChangeKind = 'metric' | 'market' | 'platform' | 'zoom';

/** Every kind, in the order a round makes them. */
export const CHANGE_KINDS: readonly ChangeKind[] = ['metric', 'market', 'platform', 'zoom'];

/** What the changes choose from: the campaign's markets, the data's platforms and days. */
export interface Choices {
	markets: string[];
	platforms: string[];
	/** Every day of the data, in order (YYYY-MM-DD). */
	days: string[];
}

/** The page's chip click: an empty list means every value, so the first click drops one. */
function toggle(list: string[], all: string[], value: string): string[] {
	const shown = list.length === 0 ? all : list;
	return shown.includes(value) ? shown.filter((v) => v !== value) : [...shown, value];
}

/**
 * The filters after the `step`-th change of `kind` (counted from 0). Chip clicks come in pairs
 * on the same chip, so the filters return to all values after every second one; zooms
 * alternate between a week that moves on by a day each time and no zoom.
 */
export function nextFilters(
	filters: LiveFilters,
	kind: ChangeKind,
	step: number,
	choices: Choices
): LiveFilters {
	const pick = <T>(list: readonly T[], k: number): T => {
		const value = list[k % list.length];
		if (value === undefined) throw new Error(`no ${kind} to change to`);
		return value;
	};
	switch (kind) {
		case 'metric': {
			const at = CHART_METRICS.findIndex((m) => m.id === filters.metric);
			return { ...filters, metric: pick(CHART_METRICS, at + 1).id };
		}
		case 'market': {
			const market = pick(choices.markets, step >> 1);
			return { ...filters, markets: toggle(filters.markets, choices.markets, market).sort() };
		}
		case 'platform': {
			const platform = pick(choices.platforms, step >> 1);
			return {
				...filters,
				platforms: toggle(filters.platforms, choices.platforms, platform).sort()
			};
		}
		case 'zoom': {
			if (step % 2 === 1) return { ...filters, from: null, to: null };
			const week = Math.max(1, choices.days.length - 6);
			const first = (step >> 1) % week;
			const last = Math.min(first + 6, choices.days.length - 1);
			return { ...filters, from: pick(choices.days, first), to: pick(choices.days, last) };
		}
	}
}
