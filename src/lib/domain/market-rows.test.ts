import { describe, expect, it } from 'vitest';
import { canonicalLocale, canonicalTimeZone } from './market-fields';
import { readMarketRows, toMarketRows, type MarketRow } from './market-rows';

const us: MarketRow = {
	code: 'US',
	name: 'United States',
	currency: 'USD',
	timeZone: 'America/New_York',
	locale: 'en-US'
};
const br: MarketRow = {
	code: 'br',
	name: ' Brasil ',
	currency: 'brl',
	timeZone: 'america/sao_paulo',
	locale: 'pt-br'
};
const blank: MarketRow = { code: '', name: '', currency: '', timeZone: ' ', locale: '' };

describe('reading market rows', () => {
	it('reads good rows, writing codes, time zones and locales as Intl does and skipping blank rows', () => {
		expect(readMarketRows([us, blank, br])).toEqual({
			ok: true,
			value: [
				us,
				{
					code: 'BR',
					name: 'Brasil',
					currency: 'BRL',
					timeZone: 'America/Sao_Paulo',
					locale: 'pt-BR'
				}
			]
		});
	});

	it('refuses malformed codes with a message per cell, keyed by the row shown', () => {
		const result = readMarketRows([
			us,
			{ ...us, code: 'USA', currency: 'US$', name: '' },
			{ ...us, code: 'M1', currency: 'ABC' }
		]);
		expect(result).toEqual({
			ok: false,
			errors: {
				'market.1.code': 'Enter a two-letter market code such as BR.',
				'market.1.name': 'Enter a name.',
				'market.1.currency': 'Enter a three-letter currency code such as BRL.',
				'market.2.code': 'Enter a two-letter market code such as BR.',
				'market.2.currency': 'This is not an ISO 4217 currency code.'
			}
		});
	});

	it('refuses a code used twice on its second row, whatever its case', () => {
		expect(readMarketRows([br, us, { ...br, name: 'Brazil again' }])).toEqual({
			ok: false,
			errors: { 'market.2.code': 'BR is already the market of row 1.' }
		});
	});

	it('refuses time zones that are not IANA names, offsets included', () => {
		for (const timeZone of ['America/Sao_Paolo', '+03:00', 'GMT-3 Brasilia', 'Mars/Olympus']) {
			const result = readMarketRows([{ ...us, timeZone }]);
			expect(result.ok).toBe(false);
			if (!result.ok) {
				expect(result.errors['market.0.timeZone']).toBe(
					`${timeZone} is not an IANA time zone; write one such as America/Sao_Paulo.`
				);
			}
		}
		expect(canonicalTimeZone('UTC')).toBe('UTC');
		expect(canonicalTimeZone('america/mexico_city')).toBe('America/Mexico_City');
		expect(canonicalTimeZone('America/Argentina/Buenos_Aires')).toBe(
			'America/Argentina/Buenos_Aires'
		);
	});

	it('refuses locales that are not BCP 47 tags', () => {
		for (const locale of ['pt_BR', 'portuguese (brazil)', 'x', 'zz-QQ']) {
			const result = readMarketRows([{ ...us, locale }]);
			expect(result).toEqual({
				ok: false,
				errors: {
					'market.0.locale': `${locale} is not a BCP 47 locale Parallax can format; write one such as pt-BR.`
				}
			});
		}
		expect(canonicalLocale('es-419')).toBe('es-419');
		expect(canonicalLocale('EN-us')).toBe('en-US');
	});

	it('needs at least one market, and says so when every row is blank', () => {
		expect(readMarketRows([blank])).toEqual({
			ok: false,
			errors: { market: 'Add at least one market.' }
		});
	});

	it('gives back a campaign’s markets as rows that read to the same markets', () => {
		const read = readMarketRows([us, br]);
		if (!read.ok) throw new Error('expected good rows');
		expect(readMarketRows(toMarketRows(read.value))).toEqual(read);
	});
});
