import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { Series } from '$lib/charts/time-series';
import TimeSeriesChart from './TimeSeriesChart.svelte';

// Server rendering: the chart must render without a window. Its SVG waits for the measured
// width in the browser, so these tests check the frame around it.

const series: Series[] = [
	{
		key: 'US',
		label: 'United States',
		color: '#0072B2',
		points: [
			{ date: '2024-03-01', value: 10 },
			{ date: '2024-03-02', value: 12 }
		]
	},
	{ key: 'BR', label: 'Brazil', color: '#D55E00', points: [{ date: '2024-03-01', value: 7 }] }
];

const base = { unit: 'count', locale: 'en-US', title: 'Impressions by market' } as const;

describe('TimeSeriesChart on the server', () => {
	it('renders the legend, the readout region and the export menu', () => {
		const { body } = render(TimeSeriesChart, { props: { ...base, series } });
		expect(body).toContain('aria-label="Impressions by market"');
		expect(body).toMatch(/<li data-series="US"[^>]*>.*United States<\/li>/s);
		expect(body).toMatch(/<li data-series="BR"[^>]*>.*Brazil<\/li>/s);
		expect(body).toMatch(/role="status" data-testid="chart-readout"/);
		for (const label of ['Download SVG', 'Download PNG', 'Download CSV']) {
			expect(body).toContain(`>${label}</button>`);
		}
		expect(body).toContain('style="height: 320px;"');
		expect(body).not.toContain('Reset zoom');
	});

	it('offers "Reset zoom" when zoomed', () => {
		const { body } = render(TimeSeriesChart, {
			props: { ...base, series, zoom: { from: '2024-03-01', to: '2024-03-02' } }
		});
		expect(body).toContain('>Reset zoom</button>');
	});

	it('shows a message instead of empty axes when no series has points', () => {
		const { body } = render(TimeSeriesChart, {
			props: { ...base, series: [{ ...series[0]!, points: [] }] }
		});
		expect(body).toContain('No data to chart for this selection.');
		expect(body).not.toContain('role="application"');
		expect(body).not.toContain('Download CSV');
	});
});
