import { scaleUtc, utcDay, type ScaleTime } from 'd3';
import { addDays } from '$lib/domain/scoring/date-range';
import type { PhaseTiming } from '$lib/domain/timeline/phase-timeline';

/** One market's row of the Gantt: its phases planned against actual. */
export interface GanttMarket {
	market: string;
	label: string;
	phases: readonly PhaseTiming[];
}

/** An annotation as the Gantt places it: on its markets' rows, or on every market's strip. */
export interface GanttNote {
	id: string;
	kind: string;
	title: string;
	/** Empty: the note concerns every market and sits on the strip above the rows. */
	markets: readonly string[];
	from: string;
	to: string;
}

/** A span of days in pixels: from the start of its first day to the end of its last. */
export interface DaySpan {
	x: number;
	width: number;
}

/** One phase of one market, drawn as a planned bar above an actual one. */
export interface GanttBar {
	phase: PhaseTiming;
	/** The phase's place in the campaign's plan, for its colour. */
	index: number;
	planned: DaySpan;
	/** Null before the phase starts. */
	actual: DaySpan | null;
	/** The phase is under way: its actual bar runs to the as-of day. */
	running: boolean;
	/** The actual days past the planned end. */
	late: DaySpan | null;
	/** The planned days the phase lost to a late start and absorbed (its buffer used). */
	squeezed: DaySpan | null;
	/** From the first planned or actual day to the last: what a pointer may aim at. */
	reach: DaySpan;
}

/** A note's mark on a strip: a point's day or a range's days, on a lane so marks do not overlap. */
export interface GanttMark extends DaySpan {
	note: GanttNote;
	point: boolean;
	y: number;
}

/** One market's band: a strip of notes, the planned lane and the actual lane. */
export interface GanttRow {
	market: string;
	label: string;
	/** Top of the band. */
	y: number;
	plannedY: number;
	actualY: number;
	bars: GanttBar[];
	marks: GanttMark[];
}

/** Where the Gantt's parts go, in pixels. */
export interface GanttLayout {
	width: number;
	height: number;
	x: ScaleTime<number, number>;
	/** Left edge of the plotting area; market names sit left of it. */
	left: number;
	right: number;
	barHeight: number;
	/** The strip of notes about every market, above the rows. */
	common: { y: number; marks: GanttMark[] };
	rows: GanttRow[];
	/** Bottom of the last row, where the axis goes. */
	axisY: number;
	ticks: { date: Date; x: number }[];
	/** The as-of day's end, when it falls inside the chart. */
	asOfX: number | null;
}

/** Sizes of the chart's frame. */
export interface GanttFrame {
	width: number;
	labelWidth?: number;
	barHeight?: number;
	/** Height of one lane of note marks. */
	laneHeight?: number;
	axisHeight?: number;
}

const PAD = 12;
const ROW_GAP = 14;
const DAY = 86_400_000;

/**
 * Lays out a Gantt of every market's phases, planned against actual, on one time scale that
 * spans every planned and actual day: days are whole (a bar runs from the start of its first
 * day to the end of its last). A phase under way runs to the as-of day. Notes go on the rows
 * of the markets they name, stacked in lanes where they overlap; notes about every market go on
 * one strip above the rows.
 */
export function layoutGantt(
	markets: readonly GanttMarket[],
	notes: readonly GanttNote[],
	asOf: string | null,
	{ width, labelWidth = 110, barHeight = 14, laneHeight = 10, axisHeight = 32 }: GanttFrame
): GanttLayout {
	const days = markets.flatMap(({ phases }) =>
		phases.flatMap((p) => [p.plannedStart, p.plannedEnd, p.actualStart, p.actualEnd])
	);
	const known = days.filter((day): day is string => day !== null).sort();
	const first = known[0] ?? asOf ?? '1970-01-01';
	const last = known.at(-1) ?? first;
	const domain: [Date, Date] = [dayStart(first), dayEnd(last)];
	const left = labelWidth;
	const right = Math.max(left + 1, width - PAD);
	const x = scaleUtc().domain(domain).range([left, right]);
	const span = (from: string, to: string): DaySpan => {
		const start = x(dayStart(from));
		return { x: start, width: Math.max(1, x(dayEnd(to)) - start) };
	};
	const inChart = ({ from, to }: GanttNote) => to >= first && from <= last;
	const shown = notes.filter(inChart);

	const commonNotes = shown.filter((note) => note.markets.length === 0);
	const commonLanes = laneCount(commonNotes);
	let y = PAD / 2;
	const common = { y, marks: placeMarks(commonNotes, span, y, laneHeight, first, last) };
	y += commonLanes * laneHeight + (commonLanes > 0 ? 4 : 0);

	const rows = markets.map(({ market, label, phases }): GanttRow => {
		const own = shown.filter((note) => note.markets.includes(market));
		const top = y;
		const marks = placeMarks(own, span, top, laneHeight, first, last);
		const plannedY = top + laneCount(own) * laneHeight + (own.length > 0 ? 2 : 0);
		const actualY = plannedY + barHeight + 2;
		y = actualY + barHeight + ROW_GAP;
		return {
			market,
			label,
			y: top,
			plannedY,
			actualY,
			marks,
			bars: phases.map((phase, index) => barOf(phase, index, asOf, span))
		};
	});
	const axisY = y - ROW_GAP / 2;
	const asOfX = asOf && asOf >= first && asOf <= last ? x(dayEnd(asOf)) : null;
	return {
		width,
		height: axisY + axisHeight,
		x,
		left,
		right,
		barHeight,
		common,
		rows,
		axisY,
		ticks: x
			.ticks(Math.max(2, Math.floor((right - left) / 90)))
			.filter((d) => utcDay.floor(d).getTime() === d.getTime())
			.map((date) => ({ date, x: x(date) })),
		asOfX
	};
}

function barOf(
	phase: PhaseTiming,
	index: number,
	asOf: string | null,
	span: (from: string, to: string) => DaySpan
): GanttBar {
	const { plannedStart, plannedEnd, actualStart, actualEnd } = phase;
	const running = actualStart !== null && actualEnd === null;
	const end = actualEnd ?? (running && asOf && asOf >= actualStart ? asOf : null);
	const actual = actualStart !== null && end !== null ? span(actualStart, end) : null;
	const late =
		actualStart !== null && end !== null && end > plannedEnd
			? span(maxDay(addDays(plannedEnd, 1), actualStart), end)
			: null;
	const squeezed =
		phase.bufferUsedDays && phase.bufferUsedDays > 0
			? span(plannedStart, addDays(plannedStart, phase.bufferUsedDays - 1))
			: null;
	const planned = span(plannedStart, plannedEnd);
	const reachStart = Math.min(planned.x, actual?.x ?? planned.x);
	const reachEnd = Math.max(planned.x + planned.width, actual ? actual.x + actual.width : 0);
	return {
		phase,
		index,
		planned,
		actual,
		running,
		late,
		squeezed,
		reach: { x: reachStart, width: reachEnd - reachStart }
	};
}

/** Marks of notes, each on the first lane where it overlaps no earlier one. */
function placeMarks(
	notes: readonly GanttNote[],
	span: (from: string, to: string) => DaySpan,
	top: number,
	laneHeight: number,
	first: string,
	last: string
): GanttMark[] {
	return assignLanes(notes).map(({ note, lane }) => ({
		note,
		point: note.from === note.to,
		y: top + lane * laneHeight + laneHeight / 2,
		...span(maxDay(note.from, first), note.to < last ? note.to : last)
	}));
}

function laneCount(notes: readonly GanttNote[]): number {
	return notes.length === 0 ? 0 : Math.max(...assignLanes(notes).map(({ lane }) => lane)) + 1;
}

/** Greedy interval colouring in order of start: the fewest lanes in which no two notes overlap. */
function assignLanes(notes: readonly GanttNote[]): { note: GanttNote; lane: number }[] {
	const ends: string[] = [];
	return [...notes]
		.sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to))
		.map((note) => {
			let lane = ends.findIndex((end) => end < note.from);
			if (lane === -1) lane = ends.length;
			ends[lane] = note.to;
			return { note, lane };
		});
}

const dayStart = (day: string) => new Date(`${day}T00:00:00Z`);
const dayEnd = (day: string) => new Date(dayStart(day).getTime() + DAY);
const maxDay = (a: string, b: string) => (a > b ? a : b);
