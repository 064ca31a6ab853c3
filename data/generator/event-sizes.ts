import { addDays } from './calendar';
import type { FactRow } from './facts';
import type { PlantedEvent } from './events';

/** A planted event with the size the data shows: the day against its trailing week. */
export interface EventSize {
	event: PlantedEvent;
	/** The market's daily total of the event's metric on the day. */
	value: number;
	/** Median of the same total over the seven days before (days with data only). */
	baseline: number;
	/** value / baseline. */
	ratio: number;
}

/** Measures every planted event on the market-level daily totals of its metric. */
export function measureEvents(
	rows: readonly FactRow[],
	events: readonly PlantedEvent[]
): EventSize[] {
	return events.map((event) => {
		const total = (date: string) =>
			rows
				.filter((row) => row.market === event.market && row.date === date)
				.reduce((sum, row) => sum + readMeasure(row, event.metric), 0);
		const before = [1, 2, 3, 4, 5, 6, 7]
			.map((back) => addDays(event.date, -back))
			.filter((date) => rows.some((row) => row.market === event.market && row.date === date))
			.map(total);
		const baseline = median(before);
		const value = total(event.date);
		return { event, value, baseline, ratio: baseline > 0 ? value / baseline : Number.NaN };
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
