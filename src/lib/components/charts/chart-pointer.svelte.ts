import { hoverIndexForKey } from '$lib/charts/hover-keys';
import {
	nearestDateIndex,
	zoomDomainFromPixels,
	type ChartScales,
	type DateRange
} from '$lib/charts/time-series';

/** What the pointer needs from its chart, read afresh on every event. */
export interface PointerContext {
	scales: ChartScales | null;
	/** Days with points inside the x domain, sorted. */
	dates: string[];
	svg: SVGSVGElement | undefined;
}

/** A brush being dragged, in SVG pixels; `select` when Alt/Option was held at its start. */
export interface Brush {
	x0: number;
	x1: number;
	select: boolean;
}

/**
 * Hover and brush state of one chart: the pointer or the arrow keys pick the hovered day,
 * a plain drag ends in `onrelease(range, false)` (zoom) and an Alt/Option-drag in
 * `onrelease(range, true)` (select a range to annotate). The handlers are bound arrow
 * functions, to be passed straight to the plot element.
 */
export class ChartPointer {
	#context: () => PointerContext;
	#onrelease: (range: DateRange, select: boolean) => void;
	#hoverDate = $state<string | null>(null);
	#brush = $state<Brush | null>(null);
	#hovered = $derived.by(() => {
		const date = this.#hoverDate;
		return date !== null && this.#context().dates.includes(date) ? date : null;
	});

	constructor(
		context: () => PointerContext,
		onrelease: (range: DateRange, select: boolean) => void
	) {
		this.#context = context;
		this.#onrelease = onrelease;
	}

	/** The hovered day, null when none or when it left the visible days. */
	get hovered(): string | null {
		return this.#hovered;
	}

	/** The brush while dragging, else null. */
	get brush(): Brush | null {
		return this.#brush;
	}

	/** Forgets the hovered day (after a zoom, on blur). */
	clear = (): void => {
		this.#hoverDate = null;
	};

	#x(event: PointerEvent): number {
		const svg = this.#context().svg;
		return svg ? event.clientX - svg.getBoundingClientRect().left : 0;
	}

	down = (event: PointerEvent): void => {
		const { scales } = this.#context();
		if (!scales || event.button !== 0) return;
		const x = this.#x(event);
		const [left, right] = scales.x.range() as [number, number];
		if (x < left || x > right) return;
		(event.currentTarget as Element).setPointerCapture(event.pointerId);
		// Alt (Option) or Shift while dragging selects a range to annotate instead of zooming.
		this.#brush = { x0: x, x1: x, select: event.altKey || event.shiftKey };
	};

	move = (event: PointerEvent): void => {
		const { scales, dates } = this.#context();
		if (!scales) return;
		const x = this.#x(event);
		if (this.#brush) this.#brush.x1 = x;
		this.#hoverDate = dates[nearestDateIndex(dates, scales.x.invert(x))] ?? null;
	};

	up = (event: PointerEvent): void => {
		const { scales } = this.#context();
		const brush = this.#brush;
		this.#brush = null;
		if (!brush || !scales) return;
		const range = zoomDomainFromPixels(brush.x0, this.#x(event), scales.x);
		if (range) this.#onrelease(range, brush.select);
	};

	cancel = (): void => {
		this.#brush = null;
	};

	leave = (): void => {
		if (!this.#brush) this.#hoverDate = null;
	};

	keydown = (event: KeyboardEvent): void => {
		if (event.key === 'Escape' && this.#brush) {
			this.#brush = null;
			event.preventDefault();
			return;
		}
		const { dates } = this.#context();
		const current = this.#hovered ? dates.indexOf(this.#hovered) : -1;
		const next = hoverIndexForKey(current, event.key, dates.length);
		if (next === undefined) return;
		event.preventDefault();
		this.#hoverDate = next < 0 ? null : (dates[next] ?? null);
	};
}
