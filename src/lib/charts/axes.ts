import { tickStep, utcDay } from 'd3';
import { createDateTickFormat, createValueTickFormat, type ValueFormat } from './format';
import {
	createScales,
	DEFAULT_MARGINS,
	yTickCount,
	type ChartScales,
	type DateRange,
	type Margins,
	type Series
} from './time-series';

/**
 * Axis ticks of a time-series chart as positions and labels, so that a component only
 * draws them, and the left margin those labels need.
 */

/** One tick: where it sits on its axis, in SVG pixels, and what it reads. */
export interface Tick {
	position: number;
	label: string;
	/** Text anchor that keeps the label inside the SVG (edge ticks lean inwards). */
	anchor: 'start' | 'middle' | 'end';
}

/** Approximate advance of one character of the 11 px axis font. */
const CHAR_WIDTH_PX = 6.6;

/** X ticks on whole days only (a two-day zoom must not tick at 06:00), about one per 90 px. */
export function xAxisTicks(scales: ChartScales, locale: string): Tick[] {
	const [left, right] = scales.x.range() as [number, number];
	const count = Math.max(2, Math.floor((right - left) / 90));
	const format = createDateTickFormat(locale, scales.x.domain() as [Date, Date]);
	return scales.x
		.ticks(count)
		.filter((d) => utcDay.floor(d).getTime() === d.getTime())
		.map((d) => {
			const position = scales.x(d);
			const label = format(d);
			const half = (label.length * CHAR_WIDTH_PX) / 2;
			const anchor =
				position - half < 0 ? 'start' : position + half > scales.width ? 'end' : 'middle';
			return { position, label, anchor };
		});
}

/** Y ticks at the count the value domain was made nice for, labelled compactly in the locale. */
export function yAxisTicks(scales: ChartScales, format: Omit<ValueFormat, 'compact'>): Tick[] {
	const count = yTickCount(scales);
	const [lo, hi] = scales.y.domain() as [number, number];
	const label = createValueTickFormat(
		format,
		tickStep(lo, hi, count),
		Math.max(Math.abs(lo), Math.abs(hi))
	);
	return scales.y
		.ticks(count)
		.map((v) => ({ position: scales.y(v), label: label(v), anchor: 'end' as const }));
}

/**
 * Margins whose left side fits the longest y label ("US$ 1,25 mil" needs more room than
 * "3%"), between 32 and 120 px.
 */
export function fitLeftMargin(labels: readonly string[], margins: Margins): Margins {
	const longest = labels.reduce((n, label) => Math.max(n, label.length), 0);
	const left = Math.round(Math.min(120, Math.max(32, longest * CHAR_WIDTH_PX + 12)));
	return { ...margins, left };
}

/**
 * The chart's margins with the left one fitted to its y labels. The y ticks do not depend on
 * the width, so a draft scale of any width tells how long the labels are.
 */
export function fitChartMargins(
	options: { series: readonly Series[]; height: number; zoom?: DateRange | null },
	format: Omit<ValueFormat, 'compact'>,
	margins: Margins = DEFAULT_MARGINS
): Margins {
	const draft = createScales({ ...options, unit: format.unit, width: 400, margins });
	if (!draft) return margins;
	return fitLeftMargin(
		yAxisTicks(draft, format).map((t) => t.label),
		margins
	);
}
