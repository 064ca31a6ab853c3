import { describe, expect, it } from 'vitest';
import { fitChartMargins, fitLeftMargin, xAxisTicks, yAxisTicks } from './axes';
import { createScales, DEFAULT_MARGINS, type Series } from './time-series';

const margins = { top: 10, right: 10, bottom: 20, left: 40 };
const us: Series = {
	key: 'US',
	label: 'US',
	color: '#0072B2',
	points: [
		{ date: '2024-03-01', value: 900 },
		{ date: '2024-03-02', value: 1500 },
		{ date: '2024-03-03', value: 1200 }
	]
};

function scales(width: number, unit: 'count' | 'currency' = 'count') {
	const result = createScales({ series: [us], unit, width, height: 230, margins });
	if (!result) throw new Error('expected scales');
	return result;
}

describe('xAxisTicks', () => {
	it('ticks whole days only, even when there is room for more ticks than days', () => {
		expect(xAxisTicks(scales(900), 'en-US')).toEqual([
			{ position: 40, label: 'Mar 1', anchor: 'middle' },
			{ position: 465, label: 'Mar 2', anchor: 'middle' },
			{ position: 890, label: 'Mar 3', anchor: 'end' }
		]);
	});

	it('anchors an edge label inwards when it would overflow the SVG', () => {
		const narrow = createScales({
			series: [us],
			unit: 'count',
			width: 400,
			height: 230,
			margins: { ...margins, left: 10, right: 4 }
		})!;
		const ticks = xAxisTicks(narrow, 'pt-BR');
		expect(ticks[0]).toMatchObject({ label: '1 de mar.', anchor: 'start' });
		expect(ticks.at(-1)).toMatchObject({ label: '3 de mar.', anchor: 'end' });
	});

	it('labels days in the viewer locale', () => {
		expect(xAxisTicks(scales(900), 'pt-BR').map((t) => t.label)).toEqual([
			'1 de mar.',
			'2 de mar.',
			'3 de mar.'
		]);
	});
});

describe('yAxisTicks', () => {
	it('ticks the nice domain from its floor to its top', () => {
		const ticks = yAxisTicks(scales(400), { unit: 'count', locale: 'en-US' });
		expect(ticks.map((t) => t.label)).toEqual(['0', '500', '1K', '1.5K']);
		expect(ticks[0]?.position).toBe(210);
		expect(ticks[3]?.position).toBe(10);
	});

	it('labels money ticks with the currency in the locale', () => {
		const ticks = yAxisTicks(scales(400, 'currency'), {
			unit: 'currency',
			currency: 'BRL',
			locale: 'pt-BR'
		});
		expect(ticks.at(-1)?.label).toBe('R$\u00a01,5\u00a0mil');
	});
});

describe('fitLeftMargin', () => {
	it('widens the left margin for long labels and keeps the others', () => {
		const fitted = fitLeftMargin(['R$ 0', 'R$ 1,25 mil'], DEFAULT_MARGINS);
		expect(fitted.left).toBe(85);
		expect({ ...fitted, left: 0 }).toEqual({ ...DEFAULT_MARGINS, left: 0 });
	});

	it('keeps between 32 and 120 px', () => {
		expect(fitLeftMargin(['0'], DEFAULT_MARGINS).left).toBe(32);
		expect(fitLeftMargin(['x'.repeat(40)], DEFAULT_MARGINS).left).toBe(120);
		expect(fitLeftMargin([], DEFAULT_MARGINS).left).toBe(32);
	});
});

describe('fitChartMargins', () => {
	it('fits the left margin to the y labels of the data', () => {
		const money = fitChartMargins(
			{ series: [us], height: 230 },
			{ unit: 'currency', currency: 'BRL', locale: 'pt-BR' }
		);
		const counts = fitChartMargins(
			{ series: [us], height: 230 },
			{ unit: 'count', locale: 'en-US' }
		);
		// "R$ 1,5 mil" (10 chars) against "1.5K" (4 chars).
		expect(money.left).toBe(78);
		expect(counts.left).toBe(38);
		expect(money.top).toBe(DEFAULT_MARGINS.top);
	});

	it('keeps the given margins without data', () => {
		expect(
			fitChartMargins({ series: [], height: 230 }, { unit: 'count', locale: 'en-US' })
		).toEqual(DEFAULT_MARGINS);
	});
});
