import { describe, expect, it } from 'vitest';
import {
	collectDates,
	createScales,
	dateExtent,
	isEmpty,
	nearestDateIndex,
	parseDay,
	readoutAt,
	toIsoDay,
	toLinePath,
	valueDomain,
	visibleDates,
	zoomDomainFromPixels,
	type ChartScales,
	type Series
} from './time-series';

function series(key: string, values: Record<string, number | null>): Series {
	return {
		key,
		label: key,
		color: '#000000',
		points: Object.entries(values).map(([date, value]) => ({ date, value }))
	};
}

const us = series('US', { '2024-03-01': 100, '2024-03-02': 250, '2024-03-03': 180 });
const br = series('BR', { '2024-03-02': 400, '2024-03-03': null, '2024-03-05': 120 });
const margins = { top: 10, right: 10, bottom: 20, left: 40 };

function scalesFor(list: Series[], unit: 'count' | 'percent' = 'count'): ChartScales {
	const scales = createScales({ series: list, unit, width: 450, height: 230, margins });
	if (!scales) throw new Error('expected scales');
	return scales;
}

describe('days', () => {
	it('reads and writes ISO days as UTC midnights', () => {
		expect(parseDay('2024-03-01').toISOString()).toBe('2024-03-01T00:00:00.000Z');
		expect(toIsoDay(new Date(Date.UTC(2024, 1, 29, 23, 59)))).toBe('2024-02-29');
	});

	it('refuses text that is not a day', () => {
		expect(() => parseDay('03/01/2024')).toThrow('not an ISO date: "03/01/2024"');
	});

	it('collects the sorted union of days over all series', () => {
		expect(collectDates([br, us])).toEqual([
			'2024-03-01',
			'2024-03-02',
			'2024-03-03',
			'2024-03-05'
		]);
	});

	it('calls a chart empty only when no series has a point', () => {
		expect(isEmpty([])).toBe(true);
		expect(isEmpty([series('US', {})])).toBe(true);
		expect(isEmpty([series('US', {}), br])).toBe(false);
	});
});

describe('dateExtent', () => {
	it('runs from the first to the last day of any series', () => {
		expect(dateExtent([us, br])?.map(toIsoDay)).toEqual(['2024-03-01', '2024-03-05']);
	});

	it('is the zoom range when zoomed', () => {
		const zoom = { from: '2024-03-02', to: '2024-03-03' };
		expect(dateExtent([us, br], zoom)?.map(toIsoDay)).toEqual(['2024-03-02', '2024-03-03']);
	});

	it('widens a single day by a day on each side', () => {
		expect(dateExtent([series('US', { '2024-03-01': 1 })])?.map(toIsoDay)).toEqual([
			'2024-02-29',
			'2024-03-02'
		]);
	});

	it('is null without points', () => {
		expect(dateExtent([series('US', {})])).toBeNull();
	});
});

describe('valueDomain', () => {
	it('starts counts at zero and ends on a nice number', () => {
		expect(valueDomain([us, br], 'count')).toEqual([0, 400]);
		expect(valueDomain([series('US', { '2024-03-01': 130, '2024-03-02': 171 })], 'count')).toEqual([
			0, 200
		]);
	});

	it('lets rates float off zero', () => {
		const rates = series('US', { '2024-03-01': 0.031, '2024-03-02': 0.047 });
		expect(valueDomain([rates], 'percent')).toEqual([0.03, 0.05]);
	});

	it('includes zero from below for negative money', () => {
		const loss = series('US', { '2024-03-01': -130, '2024-03-02': -20 });
		expect(valueDomain([loss], 'currency')).toEqual([-140, 0]);
	});

	it('fits only the points inside the zoomed days', () => {
		const within: [Date, Date] = [parseDay('2024-03-03'), parseDay('2024-03-05')];
		expect(valueDomain([us, br], 'count', within)).toEqual([0, 200]);
	});

	it('pads a flat rate without crossing zero', () => {
		const flat = series('US', { '2024-03-01': 0.05, '2024-03-02': 0.05 });
		const [lo, hi] = valueDomain([flat], 'percent');
		expect(lo).toBeGreaterThanOrEqual(0);
		expect(lo).toBeLessThan(0.05);
		expect(hi).toBeGreaterThan(0.05);
	});

	it('is 0 to 1 when every value is missing', () => {
		expect(valueDomain([series('US', { '2024-03-01': null })], 'ratio')).toEqual([0, 1]);
	});
});

describe('createScales', () => {
	it('maps the first and last day onto the plot edges and zero onto its floor', () => {
		const scales = scalesFor([us, br]);
		expect(scales.x(parseDay('2024-03-01'))).toBe(40);
		expect(scales.x(parseDay('2024-03-05'))).toBe(440);
		expect(scales.x(parseDay('2024-03-03'))).toBe(240);
		expect(scales.y(0)).toBe(210);
		expect(scales.y(400)).toBe(10);
	});

	it('returns null when there is nothing to draw', () => {
		expect(createScales({ series: [], unit: 'count', width: 400, height: 200 })).toBeNull();
	});

	it('lists the days with points inside a zoom for hover to step through', () => {
		const zoomed = createScales({
			series: [us, br],
			unit: 'count',
			width: 450,
			height: 230,
			zoom: { from: '2024-03-02', to: '2024-03-04' }
		})!;
		expect(visibleDates([us, br], zoomed)).toEqual(['2024-03-02', '2024-03-03']);
	});

	it('keeps a usable range when the container has no width yet', () => {
		const scales = createScales({ series: [us], unit: 'count', width: 0, height: 200, margins });
		const [left, right] = scales!.x.range() as [number, number];
		expect(right).toBeGreaterThan(left);
	});
});

describe('nearestDateIndex', () => {
	const dates = ['2024-03-01', '2024-03-02', '2024-03-05'];

	it.each([
		['2024-03-01T00:00:00Z', 0],
		['2024-03-01T11:00:00Z', 0],
		['2024-03-01T13:00:00Z', 1],
		['2024-03-03T11:00:00Z', 1],
		['2024-03-04T01:00:00Z', 2],
		['2024-02-01T00:00:00Z', 0],
		['2024-04-01T00:00:00Z', 2]
	])('picks the day nearest to %s', (instant, index) => {
		expect(nearestDateIndex(dates, new Date(instant))).toBe(index);
	});

	it('is -1 without dates', () => {
		expect(nearestDateIndex([], new Date())).toBe(-1);
	});
});

describe('readoutAt', () => {
	const mx = series('MX', { '2024-03-02': 250 });
	const co = series('CO', {});

	it('lists every series on the day, highest first, missing values last', () => {
		expect(readoutAt([us, co, br, mx], '2024-03-03').map((r) => [r.key, r.value])).toEqual([
			['US', 180],
			['CO', null],
			['BR', null],
			['MX', null]
		]);
	});

	it('keeps series order between equal values', () => {
		expect(readoutAt([mx, us, br], '2024-03-02').map((r) => r.key)).toEqual(['BR', 'MX', 'US']);
	});

	it('carries label and colour for the readout box', () => {
		const [row] = readoutAt([{ ...us, label: 'United States', color: '#0072B2' }], '2024-03-01');
		expect(row).toEqual({ key: 'US', label: 'United States', color: '#0072B2', value: 100 });
	});
});

describe('zoomDomainFromPixels', () => {
	// 2024-03-01 .. 2024-03-05 over 40..440 px: 100 px per day.
	const { x } = scalesFor([us, br]);

	it('turns a drag into the days it covers, rounded to whole days', () => {
		expect(zoomDomainFromPixels(135, 260, x)).toEqual({ from: '2024-03-02', to: '2024-03-03' });
	});

	it('accepts a drag from right to left', () => {
		expect(zoomDomainFromPixels(260, 135, x)).toEqual({ from: '2024-03-02', to: '2024-03-03' });
	});

	it('ignores a drag shorter than 4 px', () => {
		expect(zoomDomainFromPixels(200, 203, x)).toBeNull();
		expect(zoomDomainFromPixels(200, 196.5, x)).toBeNull();
	});

	it('ignores a drag that spans less than a day', () => {
		expect(zoomDomainFromPixels(200, 230, x)).toBeNull();
	});

	it('clamps a drag that leaves the plot to its first and last day', () => {
		expect(zoomDomainFromPixels(-50, 900, x)).toEqual({ from: '2024-03-01', to: '2024-03-05' });
	});
});

describe('toLinePath', () => {
	const scales = scalesFor([us, br]);

	it('draws one segment through consecutive values', () => {
		expect(toLinePath(us.points, scales)).toBe('M40,160L140,85L240,120');
	});

	it('breaks the line at a missing value instead of bridging it', () => {
		const gap = series('US', {
			'2024-03-01': 100,
			'2024-03-02': 200,
			'2024-03-03': null,
			'2024-03-04': 300,
			'2024-03-05': 400
		});
		expect(toLinePath(gap.points, scales)).toBe('M40,160L140,110M340,60L440,10');
	});

	it('sorts points by day first', () => {
		expect(toLinePath([...us.points].reverse(), scales)).toBe('M40,160L140,85L240,120');
	});

	it('is empty when no point has a value', () => {
		expect(toLinePath([{ date: '2024-03-01', value: null }], scales)).toBe('');
		expect(toLinePath([], scales)).toBe('');
	});
});
