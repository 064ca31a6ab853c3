import { addDays } from './calendar';
import type { FactRow } from './facts';
import type { PlantedEvent } from './events';
import { getActualPhase } from './phases';

/** A planted event with the size the data shows. */
export interface EventSize {
	event: PlantedEvent;
	/** The market's daily total of the event's metric on the day. */
	value: number;
	/** Median of the same total over the seven days before (days with data only). */
	baseline: number;
	/** value / baseline: what a trailing-window spike detector sees. */
	ratio: number;
	/** Median of the same total over the market's other live days: a usual live day. */
	typical: number;
	/** value / typical. */
	typicalRatio: number;
}

/** Measures every planted event on the market-level daily totals of its metric. */
export function measureEvents(
	rows: readonly FactRow[],
	events: readonly PlantedEvent[]
): EventSize[] {
	return events.map((event) => {
		const totals = new Map<string, number>();
		for (const row of rows) {
			if (row.market !== event.market) continue;
			totals.set(row.date, (totals.get(row.date) ?? 0) + readMeasure(row, event.metric));
		}
		const before = [1, 2, 3, 4, 5, 6, 7]
			.map((back) => totals.get(addDays(event.date, -back)))
			.filter((total): total is number => total !== undefined);
		const liveStart = getActualPhase(event.market, 'live').start;
		const live = [...totals.entries()]
			.filter(([date]) => date >= liveStart && date !== event.date)
			.map(([, total]) => total);
		const value = totals.get(event.date) ?? 0;
		const baseline = median(before);
		const typical = median(live);
		return {
			event,
			value,
			baseline,
			ratio: baseline > 0 ? value / baseline : Number.NaN,
			typical,
			typicalRatio: typical > 0 ? value / typical : Number.NaN
		};
	});
}

function readMeasure(row: FactRow, metric: string): number {
	const value = (row as unknown as Record<string, unknown>)[metric];
	if (typeof value !== 'number') throw new Error(`not a measure of a facts row: ${metric}`);
	return value;
}

function median(values: readonly number[]): number {
	if (values.length === 0) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1
		? (sorted[middle] ?? 0)
		: ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
