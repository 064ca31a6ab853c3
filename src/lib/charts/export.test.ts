import { describe, expect, it } from 'vitest';
import { seriesToCsv, toCsvBlob, toFileName } from './export';
import type { Series } from './time-series';

const us: Series = {
	key: 'US',
	label: 'US',
	color: '#0072B2',
	points: [
		{ date: '2024-03-02', value: 0.0312 },
		{ date: '2024-03-01', value: 0.028 }
	]
};
const br: Series = {
	key: 'BR',
	label: 'BR',
	color: '#D55E00',
	points: [
		{ date: '2024-03-01', value: 0.041 },
		{ date: '2024-03-02', value: null },
		{ date: '2024-03-03', value: 0.039 }
	]
};

describe('seriesToCsv', () => {
	it('writes a date column and one column per series, missing values empty, CRLF line ends', () => {
		expect(seriesToCsv([us, br], { metric: 'er_views', unit: 'percent' })).toBe(
			[
				'date,US: er_views (fraction),BR: er_views (fraction)',
				'2024-03-01,0.028,0.041',
				'2024-03-02,0.0312,',
				'2024-03-03,,0.039',
				''
			].join('\r\n')
		);
	});

	it('names the currency of money columns and leaves counts unlabelled', () => {
		const spend: Series = { ...us, points: [{ date: '2024-03-01', value: -12.5 }] };
		expect(seriesToCsv([spend], { metric: 'spend', unit: 'currency', currency: 'BRL' })).toBe(
			'date,US: spend (BRL)\r\n2024-03-01,-12.5\r\n'
		);
		expect(seriesToCsv([spend], { metric: 'clicks', unit: 'count' }).split('\r\n')[0]).toBe(
			'date,US: clicks'
		);
	});

	it('quotes labels with commas or quotes and neutralises formula-like ones', () => {
		const odd: Series[] = [
			{ ...us, key: 'a', label: '=cmd|"/c calc"!A1' },
			{ ...us, key: 'b', label: 'Bogotá, "CO"' },
			{ ...us, key: 'c', label: '@handle' }
		];
		const [header] = seriesToCsv(odd, { metric: 'ctr', unit: 'percent' }).split('\r\n');
		expect(header).toBe(
			`date,"'=cmd|""/c calc""!A1: ctr (fraction)","Bogotá, ""CO"": ctr (fraction)",'@handle: ctr (fraction)`
		);
	});

	it('writes only the header when there are no points', () => {
		expect(seriesToCsv([{ ...us, points: [] }], { metric: 'views', unit: 'count' })).toBe(
			'date,US: views\r\n'
		);
	});
});

describe('toFileName', () => {
	it.each([
		['Engagement rate — São Paulo', 'png', 'engagement-rate-sao-paulo.png'],
		['  CPM (BRL) / live  ', 'svg', 'cpm-brl-live.svg'],
		['../../etc/passwd', 'csv', 'etc-passwd.csv'],
		['¿?', 'csv', 'chart.csv']
	])('names %j as %j', (title, extension, expected) => {
		expect(toFileName(title, extension)).toBe(expected);
	});
});

describe('toCsvBlob', () => {
	it('starts the file with a UTF-8 byte-order mark', async () => {
		const bytes = new Uint8Array(await toCsvBlob('date\r\n').arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(new TextDecoder().decode(bytes.slice(3))).toBe('date\r\n');
	});
});
