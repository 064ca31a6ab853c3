/**
 * A file's own total rows, on the real engine: a row about no campaign or ad whose measures are
 * the sums of the other rows is skipped wherever it sits; a labelled whole-file total that is
 * not the sum of the rows is reported with both numbers, and the rows are loaded.
 */
import { describe, expect, it } from 'vitest';
import { load, useImportEngine } from './import-harness';

useImportEngine();

const HEADER =
	'Nome da campanha,Veiculação da campanha,Configuração de atribuição,Orçamento da campanha,Valor usado (BRL),Impressões,Cliques no link,Início dos relatórios,Término dos relatórios';
const ACCOUNT =
	',,Clique de 7 dias ou visualização de 1 dia,500,"1.234,56","12.000",300,2026-01-01,2026-01-31';
const CAMPAIGNS = [
	'Verão,active,Clique de 7 dias ou visualização de 1 dia,300,"1.000,00","10.000",200,2026-01-01,2026-01-31',
	'Inverno,inactive,Clique de 7 dias ou visualização de 1 dia,200,"234,56","2.000",100,2026-01-01,2026-01-31'
];

describe('a Meta-style account row with text in other columns', () => {
	it.each([
		['first', [ACCOUNT, ...CAMPAIGNS], 2],
		['in the middle', [CAMPAIGNS[0], ACCOUNT, CAMPAIGNS[1]], 3],
		['last', [...CAMPAIGNS, ACCOUNT], 4]
	])('is skipped and reported when it comes %s', async (_, rows, line) => {
		const { report } = await load([HEADER, ...rows, ''].join('\n'), { market: 'BR' });
		expect(report.rows).toMatchObject({ loaded: 2, summary_skipped: 1, rejected: 0 });
		expect(report.totals).toEqual({ spend: 1234.56, impressions: 12000, clicks: 300 });
		expect(report.file_totals).toEqual([
			{
				line,
				label: null,
				measures: {
					spend: [1234.56, 1234.56],
					impressions: [12000, 12000],
					clicks: [300, 300]
				},
				agrees: true
			}
		]);
		expect(report.warnings).toEqual([]);
	});

	it('is loaded as a row when its numbers are not the sums of the others', async () => {
		const other = ',,Clique de 7 dias,500,"10,00","50",1,2026-01-01,2026-01-31';
		const { report } = await load([HEADER, other, ...CAMPAIGNS, ''].join('\n'), { market: 'BR' });
		expect(report.rows).toMatchObject({ loaded: 3, summary_skipped: 0 });
		expect(report.totals.impressions).toBe(12050);
	});
});

describe('a labelled total', () => {
	const google = (total: string) =>
		[
			'Relatório de campanha',
			'1 de junho de 2025 - 30 de junho de 2025',
			'Dia,Campanha,Tipo de campanha,Código da moeda,Custo,Impr.,Cliques',
			'2025-06-02,Marca,Pesquisa,BRL,"10,00",100,5',
			'2025-06-03,Marca,Pesquisa,BRL,"20,50",200,7',
			` --,Total: Pesquisa,Pesquisa,BRL,"30,50",300,12`,
			total,
			''
		].join('\n');

	it('of the whole file that covers more than the rows reports both numbers; the rows win', async () => {
		const { report } = await load(google(`,Total: Conta,,BRL,"95,00",900,40`), { market: 'BR' });
		expect(report.rows).toMatchObject({ loaded: 2, summary_skipped: 2 });
		expect(report.totals).toEqual({ spend: 30.5, impressions: 300, clicks: 12 });
		expect(report.file_totals).toEqual([
			{
				line: 7,
				label: 'Total: Conta',
				measures: { spend: [95, 30.5], impressions: [900, 300], clicks: [40, 12] },
				agrees: false
			}
		]);
		expect(report.warnings).toEqual([
			'test.csv: the total on line 7 states impressions 900, the rows add up to 300; the rows are loaded',
			'test.csv: the total on line 7 states clicks 40, the rows add up to 12; the rows are loaded',
			'test.csv: the total on line 7 states spend 95, the rows add up to 30.5; the rows are loaded'
		]);
	});

	it('that agrees within the rounding the file shows says so, without a warning', async () => {
		const { report } = await load(google(`,Total: Conta,,BRL,"30,51",300,12`), { market: 'BR' });
		expect(report.file_totals).toEqual([
			{
				line: 7,
				label: 'Total: Conta',
				measures: { spend: [30.51, 30.5], impressions: [300, 300], clicks: [12, 12] },
				agrees: true
			}
		]);
		expect(report.warnings).toEqual([]);
	});
});
