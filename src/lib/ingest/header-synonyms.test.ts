import { describe, expect, it } from 'vitest';
import { MAPPABLE_FIELDS } from '$lib/domain/facts';
import {
	PLATFORM_SIGNATURES,
	UNMAPPED_BY_DESIGN,
	findSynonym,
	normalizeHeader
} from './header-synonyms';

describe('normalizeHeader', () => {
	it.each([
		['Valor usado (BRL)', 'valor usado', 'BRL'],
		['Amount spent (USD)', 'amount spent', 'USD'],
		['CPM (cost per 1,000 impressions) (USD)', 'cpm (cost per 1,000 impressions)', 'USD'],
		['  Início   dos relatórios ', 'inicio dos relatorios', null],
		['Término\u00a0dos relatórios', 'termino dos relatorios', null],
		['Código de moneda', 'codigo de moneda', null],
		['Nombre de la campaña', 'nombre de la campana', null],
		['\uFEFFad_id', 'ad id', null],
		['Total_Conversion', 'total conversion', null],
		['Semana / Dia', 'semana/dia', null],
		['Clicks (all)', 'clicks (all)', null],
		['Duration (sec)', 'duration (sec)', null],
		['Watch time (hours)', 'watch time (hours)', null]
	])('%j → %j, currency %j', (header, key, currency) => {
		expect(normalizeHeader(header)).toEqual({ key, currency });
	});
});

describe('synonym table', () => {
	it('maps every canonical field name onto itself with rank 0', () => {
		for (const field of MAPPABLE_FIELDS) {
			expect(findSynonym(normalizeHeader(field).key)).toMatchObject({ field, rank: 0 });
		}
	});

	it('merges a name that two languages spell alike into one bilingual entry', () => {
		expect(findSynonym('dia')).toEqual({
			field: 'date',
			rank: 1,
			languages: ['es', 'pt'],
			grain: 'day'
		});
		expect(findSynonym('semana')).toMatchObject({ field: 'date', grain: 'week' });
		expect(findSynonym('impr.')).toMatchObject({ field: 'impressions', languages: [] });
	});

	it('ranks fallbacks below the platform names they stand in for', () => {
		expect(findSynonym('link clicks')).toMatchObject({ field: 'clicks', rank: 1 });
		expect(findSynonym('clicks (all)')).toMatchObject({ field: 'clicks', rank: 2 });
		expect(findSynonym('nome do anuncio')).toMatchObject({ field: 'content_id', rank: 2 });
	});

	it('has no synonym for a header left unmapped by design', () => {
		for (const { names } of UNMAPPED_BY_DESIGN) {
			for (const name of names) expect(findSynonym(normalizeHeader(name).key), name).toBeNull();
		}
	});

	it('gives each signature header to one platform only', () => {
		const owners = new Map<string, string>();
		for (const [platform, names] of Object.entries(PLATFORM_SIGNATURES)) {
			for (const name of names) {
				const key = normalizeHeader(name).key;
				expect(owners.get(key), `${name} in ${platform}`).toBeUndefined();
				owners.set(key, platform);
			}
		}
	});
});
