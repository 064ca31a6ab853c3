import { scaleLinear, type ScaleLinear } from 'd3';

/** One estimate with its interval: a market's difference, or the combined one. */
export interface ForestEstimate {
	key: string;
	label: string;
	estimate: number;
	low: number;
	high: number;
}

/** Where the plot's parts go, in pixels. */
export interface ForestLayout {
	width: number;
	height: number;
	x: ScaleLinear<number, number>;
	/** The x of zero difference. */
	zero: number;
	rows: (ForestEstimate & { y: number; cx: number; x1: number; x2: number })[];
	/** The combined estimate as a diamond: its centre row and its four corners as SVG points. */
	combined: (ForestEstimate & { y: number; points: string }) | null;
	ticks: { value: number; x: number }[];
	/** Left edge of the plotting area; labels sit left of it. */
	left: number;
	/** Bottom of the last row, where the axis goes. */
	axisY: number;
}

/** Sizes of the plot's frame. */
export interface ForestFrame {
	width: number;
	rowHeight?: number;
	/** Room for the row labels on the left. */
	labelWidth?: number;
	/** Room for the axis labels below. */
	axisHeight?: number;
}

const PAD = 16;

/**
 * Lays out a forest plot: one row per estimate with its interval, then the combined estimate
 * as a diamond spanning its interval, on one x scale that always includes zero (so that the
 * line of no difference is drawn) and is rounded to nice ticks.
 */
export function layoutForest(
	estimates: readonly ForestEstimate[],
	combined: ForestEstimate | null,
	{ width, rowHeight = 28, labelWidth = 120, axisHeight = 28 }: ForestFrame
): ForestLayout {
	const all = combined ? [...estimates, combined] : [...estimates];
	const values = [0, ...all.flatMap((e) => [e.low, e.high, e.estimate])].filter(Number.isFinite);
	let lowest = Math.min(...values);
	let highest = Math.max(...values);
	if (lowest === highest) {
		lowest -= 1;
		highest += 1;
	}
	const left = labelWidth;
	const x = scaleLinear()
		.domain([lowest, highest])
		.range([left, Math.max(left + 1, width - PAD)])
		.nice(5);
	const rowY = (index: number) => PAD / 2 + rowHeight * (index + 0.5);
	const rows = estimates.map((e, index) => ({
		...e,
		y: rowY(index),
		cx: x(e.estimate),
		x1: x(e.low),
		x2: x(e.high)
	}));
	const diamondY = rowY(estimates.length);
	const half = rowHeight * 0.3;
	const axisY = PAD / 2 + rowHeight * (estimates.length + (combined ? 1 : 0));
	return {
		width,
		height: axisY + axisHeight,
		x,
		zero: x(0),
		rows,
		combined: combined && {
			...combined,
			y: diamondY,
			points: [
				[x(combined.low), diamondY],
				[x(combined.estimate), diamondY - half],
				[x(combined.high), diamondY],
				[x(combined.estimate), diamondY + half]
			]
				.map(([px, py]) => `${round(px!)},${round(py!)}`)
				.join(' ')
		},
		ticks: x.ticks(5).map((value) => ({ value, x: x(value) })),
		left,
		axisY
	};
}

const round = (value: number) => Math.round(value * 100) / 100;
