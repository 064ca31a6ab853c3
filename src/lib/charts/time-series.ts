import {
	bisector,
	line,
	nice,
	scaleLinear,
	scaleUtc,
	utcDay,
	type ScaleLinear,
	type ScaleTime
} from 'd3';
import type { ChartUnit } from './format';

/**
 * The maths of a daily time-series chart: extents, scales, hover lookup, brush-to-zoom and
 * line paths. Dates are calendar days (YYYY-MM-DD) placed at UTC midnight, so that no viewer's
 * time zone moves a point to the neighbouring day.
 */

/** One day's value of a series; `null` where the value is missing (drawn as a gap). */
export interface SeriesPoint {
	date: string;
	value: number | null;
}

/** One line of the chart, e.g. one market. */
export interface Series {
	key: string;
	label: string;
	color: string;
	points: SeriesPoint[];
}

/** An inclusive range of days. */
export interface DateRange {
	from: string;
	to: string;
}

/** Space around the plot area, in pixels, for the axes. */
export interface Margins {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** The scales of one chart, mapping into the SVG's own coordinates (no inner transform). */
export interface ChartScales {
	x: ScaleTime<number, number>;
	y: ScaleLinear<number, number>;
	width: number;
	height: number;
	margins: Margins;
}

/** One row of the hover readout. */
export interface ReadoutRow {
	key: string;
	label: string;
	color: string;
	value: number | null;
}

/** Margins that leave room for compact y ticks and one line of x ticks. */
export const DEFAULT_MARGINS: Margins = { top: 12, right: 16, bottom: 28, left: 56 };

/** Drags shorter than this many pixels are clicks, not zooms. */
export const MIN_ZOOM_DRAG_PX = 4;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads a YYYY-MM-DD day as its UTC midnight. */
export function parseDay(iso: string): Date {
	const match = ISO_DAY.exec(iso);
	if (!match) throw new Error(`not an ISO date: ${JSON.stringify(iso)}`);
	return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** Writes the UTC day of a date as YYYY-MM-DD. */
export function toIsoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** Every day that any series has a point for, sorted ascending, without repeats. */
export function collectDates(series: readonly Series[]): string[] {
	const days = new Set<string>();
	for (const s of series) for (const p of s.points) days.add(p.date);
	return [...days].sort();
}

/** True when no series has a single point: the chart shows its empty state. */
export function isEmpty(series: readonly Series[]): boolean {
	return series.every((s) => s.points.length === 0);
}

/** The days with a point that fall inside the x domain, sorted: what hover can step through. */
export function visibleDates(series: readonly Series[], scales: ChartScales): string[] {
	const [start, end] = scales.x.domain().map(toIsoDay) as [string, string];
	return collectDates(series).filter((d) => d >= start && d <= end);
}

/**
 * The date domain: the zoom range when zoomed, else the first to the last day with a point.
 * A single day is widened by a day on each side so that it is drawn mid-plot.
 */
export function dateExtent(
	series: readonly Series[],
	zoom?: DateRange | null
): [Date, Date] | null {
	if (zoom) return [parseDay(zoom.from), parseDay(zoom.to)];
	const dates = collectDates(series);
	const first = dates[0];
	const last = dates[dates.length - 1];
	if (first === undefined || last === undefined) return null;
	if (first === last) {
		const day = parseDay(first);
		return [utcDay.offset(day, -1), utcDay.offset(day, 1)];
	}
	return [parseDay(first), parseDay(last)];
}

/** Whether a unit's axis should start at zero: amounts do, rates and ratios may not. */
export function includesZero(unit: ChartUnit): boolean {
	return unit === 'count' || unit === 'currency';
}

/**
 * The value domain over the points inside `within` (all points when omitted): widened to
 * include 0 for counts and money, padded when flat, and made nice for about `tickCount` ticks.
 */
export function valueDomain(
	series: readonly Series[],
	unit: ChartUnit,
	within?: readonly [Date, Date] | null,
	tickCount = 5
): [number, number] {
	const [start, end] = within ? [toIsoDay(within[0]), toIsoDay(within[1])] : ['', '\uffff'];
	let lo = Infinity;
	let hi = -Infinity;
	for (const s of series) {
		for (const p of s.points) {
			if (p.value === null || !Number.isFinite(p.value) || p.date < start || p.date > end) continue;
			lo = Math.min(lo, p.value);
			hi = Math.max(hi, p.value);
		}
	}
	if (lo > hi) return [0, 1];
	if (includesZero(unit)) [lo, hi] = [Math.min(lo, 0), Math.max(hi, 0)];
	if (lo === hi) {
		const pad = Math.abs(hi) * 0.1 || 1;
		// A flat positive rate should not dip below zero just because of padding.
		[lo, hi] = [lo > 0 ? Math.max(0, lo - pad) : lo - pad, hi + pad];
	}
	return nice(lo, hi, tickCount) as [number, number];
}

/** About one y tick per 48 px of plot height, at least two. */
export function yTickCount(scales: Pick<ChartScales, 'height' | 'margins'>): number {
	return Math.max(2, Math.floor((scales.height - scales.margins.top - scales.margins.bottom) / 48));
}

/** Builds the x (UTC time) and y (linear) scales; null when there is nothing to draw. */
export function createScales(options: {
	series: readonly Series[];
	unit: ChartUnit;
	width: number;
	height: number;
	margins?: Margins;
	zoom?: DateRange | null;
}): ChartScales | null {
	const { series, unit, width, height, margins = DEFAULT_MARGINS, zoom } = options;
	const domain = dateExtent(series, zoom);
	if (!domain) return null;
	const right = Math.max(margins.left + 1, width - margins.right);
	const bottom = Math.max(margins.top + 1, height - margins.bottom);
	const count = yTickCount({ height, margins });
	return {
		x: scaleUtc().domain(domain).range([margins.left, right]),
		y: scaleLinear()
			.domain(valueDomain(series, unit, domain, count))
			.range([bottom, margins.top]),
		width,
		height,
		margins
	};
}

const byDay = bisector((iso: string) => parseDay(iso).getTime());

/** Index of the day in sorted `dates` nearest to `target`; -1 when there are no dates. */
export function nearestDateIndex(dates: readonly string[], target: Date): number {
	if (dates.length === 0) return -1;
	return byDay.center(dates, target.getTime());
}

/** Every series' value on a day, highest first; missing values last, in series order. */
export function readoutAt(series: readonly Series[], date: string): ReadoutRow[] {
	const rows = series.map((s) => {
		const value = s.points.find((p) => p.date === date)?.value ?? null;
		return {
			key: s.key,
			label: s.label,
			color: s.color,
			value: value !== null && Number.isFinite(value) ? value : null
		};
	});
	return rows.sort((a, b) => {
		if (a.value === null) return b.value === null ? 0 : 1;
		if (b.value === null) return -1;
		return b.value - a.value;
	});
}

/**
 * The days a brush from pixel `x0` to `x1` covers, in either drag direction and clamped to
 * the plot. Null for a click-like drag (under MIN_ZOOM_DRAG_PX) or one that spans less than a day.
 */
export function zoomDomainFromPixels(
	x0: number,
	x1: number,
	scale: ScaleTime<number, number>
): DateRange | null {
	if (Math.abs(x1 - x0) < MIN_ZOOM_DRAG_PX) return null;
	const [left, right] = scale.range() as [number, number];
	const clamp = (px: number) => Math.min(right, Math.max(left, px));
	const from = utcDay.round(scale.invert(clamp(Math.min(x0, x1))));
	const to = utcDay.round(scale.invert(clamp(Math.max(x0, x1))));
	if (from.getTime() >= to.getTime()) return null;
	return { from: toIsoDay(from), to: toIsoDay(to) };
}

/**
 * The SVG path of a series' line, sorted by day, broken where a value is missing so that a
 * gap is drawn as a gap rather than bridged. Empty when no point has a value.
 */
export function toLinePath(points: readonly SeriesPoint[], scales: ChartScales): string {
	const sorted = [...points].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
	const path = line<SeriesPoint>()
		.defined((p) => p.value !== null && Number.isFinite(p.value))
		.x((p) => scales.x(parseDay(p.date)))
		.y((p) => scales.y(p.value as number));
	return path(sorted) ?? '';
}
