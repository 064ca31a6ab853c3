/**
 * The live page's chart, mounted on its own: the real TimeSeriesChart with the props the page
 * gives it, held in rune state so that a change redraws it as a change on the page does.
 */
import { flushSync, mount } from 'svelte';
import type { ChartUnit } from '$lib/charts/format';
import type { DateRange, Series } from '$lib/charts/time-series';
import TimeSeriesChart from '$lib/components/charts/TimeSeriesChart.svelte';

/** What a filter change hands the chart. */
export interface ChartView {
	series: Series[];
	unit: ChartUnit;
	currency: string | undefined;
	title: string;
	zoom: DateRange | null;
}

/** A mounted chart. */
export interface ChartHost {
	/** Gives the chart new props and applies the DOM updates they cause, synchronously. */
	show(view: ChartView): void;
	/** The `d` attribute of each line drawn, keyed by series, as the DOM holds them now. */
	lines(): Record<string, string>;
}

/** Mounts the chart into `target` with no series yet. */
export function mountChart(target: HTMLElement, locale: string): ChartHost {
	const props = $state<ChartView & { locale: string }>({
		series: [],
		unit: 'count',
		currency: undefined,
		title: '',
		zoom: null,
		locale
	});
	mount(TimeSeriesChart, { target, props });
	flushSync();
	return {
		show(view) {
			Object.assign(props, view);
			flushSync();
		},
		lines() {
			const paths = target.querySelectorAll<SVGPathElement>('path.series-line');
			return Object.fromEntries(
				[...paths].map((path) => [path.dataset.series ?? '', path.getAttribute('d') ?? ''])
			);
		}
	};
}
