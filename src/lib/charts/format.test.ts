import { describe, expect, it } from 'vitest';
import {
	MISSING_VALUE,
	createDateTickFormat,
	createValueTickFormat,
	formatDate,
	formatValue,
	type ValueFormat
} from './format';

// Expected strings are what Intl (ICU 78 in Node 20.20) writes; "\u00a0" is a no-break space.
const NBSP = '\u00a0';

type Case = [string, number | null, ValueFormat, string];

const cases: Case[] = [
	[
		'en-US compact dollars',
		1234.5,
		{ unit: 'currency', currency: 'USD', locale: 'en-US', compact: true },
		'$1.2K'
	],
	[
		'en-US compact reais',
		1234.5,
		{ unit: 'currency', currency: 'BRL', locale: 'en-US', compact: true },
		'R$1.2K'
	],
	['en-US pesos', 1234.5, { unit: 'currency', currency: 'MXN', locale: 'en-US' }, 'MX$1,234.50'],
	['en-US percent', 0.0312, { unit: 'percent', locale: 'en-US' }, '3.12%'],
	['en-US count', 1234567, { unit: 'count', locale: 'en-US' }, '1,234,567'],
	['en-US compact count', 1234567, { unit: 'count', locale: 'en-US', compact: true }, '1.2M'],
	['en-US ratio', 3.256, { unit: 'ratio', locale: 'en-US' }, '3.26'],
	[
		'pt-BR compact dollars',
		1234.5,
		{ unit: 'currency', currency: 'USD', locale: 'pt-BR', compact: true },
		`US$${NBSP}1,2${NBSP}mil`
	],
	[
		'pt-BR compact reais',
		1234.5,
		{ unit: 'currency', currency: 'BRL', locale: 'pt-BR', compact: true },
		`R$${NBSP}1,2${NBSP}mil`
	],
	[
		'pt-BR dollars',
		1234.5,
		{ unit: 'currency', currency: 'USD', locale: 'pt-BR' },
		`US$${NBSP}1.234,50`
	],
	['pt-BR percent', 0.0312, { unit: 'percent', locale: 'pt-BR' }, '3,12%'],
	['pt-BR count', 1234567, { unit: 'count', locale: 'pt-BR' }, '1.234.567'],
	[
		'pt-BR compact count',
		1234567,
		{ unit: 'count', locale: 'pt-BR', compact: true },
		`1,2${NBSP}mi`
	],
	['pt-BR ratio', 3.256, { unit: 'ratio', locale: 'pt-BR' }, '3,26'],
	[
		'es-MX compact dollars',
		1234.5,
		{ unit: 'currency', currency: 'USD', locale: 'es-MX', compact: true },
		`USD${NBSP}1.2${NBSP}k`
	],
	['es-MX own pesos', 1234.5, { unit: 'currency', currency: 'MXN', locale: 'es-MX' }, '$1,234.50'],
	[
		'es-MX dollars',
		1234.5,
		{ unit: 'currency', currency: 'USD', locale: 'es-MX' },
		`USD${NBSP}1,234.50`
	],
	['es-MX percent', 0.0312, { unit: 'percent', locale: 'es-MX' }, '3.12%'],
	[
		'es-MX compact percent',
		0.0312,
		{ unit: 'percent', locale: 'es-MX', compact: true },
		`3.1${NBSP}%`
	],
	['es-MX compact count', 1234567, { unit: 'count', locale: 'es-MX', compact: true }, `1.2${NBSP}M`]
];

describe('formatValue', () => {
	it.each(cases)('%s', (_name, value, format, expected) => {
		expect(formatValue(value, format)).toBe(expected);
	});

	it('writes a missing or non-finite value as an em dash in every unit', () => {
		for (const unit of ['count', 'percent', 'currency', 'ratio'] as const) {
			expect(formatValue(null, { unit, currency: 'USD', locale: 'pt-BR' })).toBe(MISSING_VALUE);
			expect(formatValue(Number.NaN, { unit, currency: 'USD', locale: 'en-US' })).toBe('—');
		}
	});

	it('writes money without a currency code as a plain number', () => {
		expect(formatValue(1234.5, { unit: 'currency', locale: 'en-US' })).toBe('1,234.5');
	});

	it('writes negative money with the sign Intl puts for the locale', () => {
		expect(formatValue(-1234.5, { unit: 'currency', currency: 'MXN', locale: 'es-MX' })).toBe(
			'-$1,234.50'
		);
	});
});

describe('formatDate', () => {
	it.each([
		['en-US', 'Mar 5, 2024'],
		['pt-BR', '5 de mar. de 2024'],
		['es-MX', '5 mar 2024']
	])('writes 2024-03-05 in %s as %s', (locale, expected) => {
		expect(formatDate('2024-03-05', locale)).toBe(expected);
	});

	it('keeps the calendar day in a zone west of UTC (the first stays the first)', () => {
		const zone = process.env.TZ;
		process.env.TZ = 'America/Mexico_City';
		try {
			expect(new Date('2024-03-01T00:00:00Z').getDate()).toBe(29);
			expect(formatDate('2024-03-01', 'es-MX')).toBe('1 mar 2024');
		} finally {
			if (zone === undefined) delete process.env.TZ;
			else process.env.TZ = zone;
		}
	});

	it('returns text that is not an ISO day unchanged', () => {
		expect(formatDate('soon', 'en-US')).toBe('soon');
	});
});

describe('createDateTickFormat', () => {
	const march: [Date, Date] = [new Date('2024-03-01'), new Date('2024-03-31')];
	const newYear: [Date, Date] = [new Date('2023-12-01'), new Date('2024-01-31')];

	it('leaves the year out within one year', () => {
		expect(createDateTickFormat('en-US', march)(new Date('2024-03-05'))).toBe('Mar 5');
		expect(createDateTickFormat('pt-BR', march)(new Date('2024-03-05'))).toBe('5 de mar.');
		expect(createDateTickFormat('es-MX', march)(new Date('2024-03-05'))).toBe('5 mar');
	});

	it('writes the year when the domain spans two', () => {
		expect(createDateTickFormat('en-US', newYear)(new Date('2024-01-05'))).toBe('Jan 5, 2024');
		expect(createDateTickFormat('es-MX', newYear)(new Date('2024-01-05'))).toBe('5 ene 2024');
	});
});

describe('createValueTickFormat', () => {
	it('keeps enough digits for neighbouring ticks to differ', () => {
		const format = createValueTickFormat({ unit: 'count', locale: 'en-US' }, 200, 11000);
		expect([10000, 10200, 10400].map(format)).toEqual(['10K', '10.2K', '10.4K']);
	});

	it('writes percent ticks from fractions', () => {
		const format = createValueTickFormat({ unit: 'percent', locale: 'pt-BR' }, 0.005, 0.05);
		expect(format(0.015)).toBe('1,5%');
	});

	it('writes money ticks compact with the currency', () => {
		const format = createValueTickFormat(
			{ unit: 'currency', currency: 'BRL', locale: 'pt-BR' },
			500,
			2500
		);
		expect(format(1500)).toBe(`R$${NBSP}1,5${NBSP}mil`);
		expect(format(0)).toBe(`R$${NBSP}0`);
	});
});
