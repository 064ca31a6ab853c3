import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapHeaders, validateMapping, type HeaderMapping } from './map-headers';

const FIXTURES = new URL('../../../tests/fixtures/exports/', import.meta.url);

/** Splits one CSV line, honouring double quotes (enough for a header line). */
function splitCsvLine(line: string, delimiter: string): string[] {
	const cells: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const char = line[i]!;
		if (quoted && char === '"' && line[i + 1] === '"') {
			cell += '"';
			i++;
		} else if (char === '"') {
			quoted = !quoted;
		} else if (char === delimiter && !quoted) {
			cells.push(cell);
			cell = '';
		} else {
			cell += char;
		}
	}
	return [...cells, cell];
}

type FixtureEncoding = 'utf-8' | 'utf-16le' | 'windows-1252';

function readFixtureHeader(
	file: string,
	encoding: FixtureEncoding,
	delimiter: string,
	line: number
): string[] {
	const text = new TextDecoder(encoding).decode(readFileSync(new URL(file, FIXTURES)));
	return splitCsvLine(text.split(/\r?\n/)[line - 1]!, delimiter);
}

interface FixtureCase {
	file: string;
	encoding: FixtureEncoding;
	delimiter: string;
	headerLine: number;
	expected: HeaderMapping;
}

const noCurrency = { currency: null, currencyConflict: null };

const FIXTURE_CASES: FixtureCase[] = [
	{
		file: 'meta_ads-en.csv',
		encoding: 'utf-8',
		delimiter: ',',
		headerLine: 1,
		expected: {
			mapping: {
				'Reporting starts': 'period_start',
				'Reporting ends': 'period_end',
				'Ad name': 'content_id',
				Day: 'date',
				Country: 'market',
				Platform: 'platform',
				Reach: 'reach',
				'Amount spent (USD)': 'spend',
				Impressions: 'impressions',
				'Link clicks': 'clicks'
			},
			unmapped: [
				'Campaign name',
				'Ad set name',
				'Campaign delivery',
				'Attribution setting',
				'Results',
				'Result indicator',
				'Frequency',
				'Cost per results',
				'CPM (cost per 1,000 impressions) (USD)',
				'CPC (cost per link click) (USD)',
				'CTR (link click-through rate)',
				'Clicks (all)',
				'CTR (all)',
				'CPC (all) (USD)',
				'Landing page views'
			],
			platform: 'meta_ads',
			language: 'en',
			currency: 'USD',
			currencyConflict: null,
			dateGrain: 'day'
		}
	},
	{
		file: 'meta_ads-pt.csv',
		encoding: 'utf-8',
		delimiter: ',',
		headerLine: 1,
		expected: {
			mapping: {
				'Identificação do anúncio': 'content_id',
				Dia: 'date',
				Alcance: 'reach',
				Impressões: 'impressions',
				Moeda: 'currency',
				'Valor usado (BRL)': 'spend',
				'Cliques no link': 'clicks',
				'Início dos relatórios': 'period_start',
				'Término dos relatórios': 'period_end'
			},
			unmapped: [
				'Nome da conta',
				'Nome da campanha',
				'Nome do conjunto de anúncios',
				'Nome do anúncio',
				'Frequência',
				'Resultados',
				'Indicador de resultados',
				'Custo por resultados',
				'CTR (taxa de cliques no link)',
				'CPM (custo por 1.000 impressões) (BRL)'
			],
			platform: 'meta_ads',
			language: 'pt',
			currency: 'BRL',
			currencyConflict: null,
			dateGrain: 'day'
		}
	},
	{
		file: 'meta_ads-es.csv',
		encoding: 'utf-8',
		delimiter: ',',
		headerLine: 1,
		expected: {
			mapping: {
				'Inicio del informe': 'period_start',
				'Fin del informe': 'period_end',
				'Nombre del anuncio': 'content_id',
				Día: 'date',
				Plataforma: 'platform',
				Divisa: 'currency',
				'Importe gastado (MXN)': 'spend',
				Impresiones: 'impressions',
				Alcance: 'reach',
				'Clics en el enlace': 'clicks'
			},
			unmapped: [
				'Nombre de la cuenta',
				'Nombre de la campaña',
				'Nombre del conjunto de anuncios',
				'Resultados',
				'CPM (costo por mil impresiones) (MXN)',
				'CPC (costo por clic en el enlace) (MXN)',
				'Clics (todos)',
				'CTR (todos)',
				'Reproducciones de video hasta el 100%',
				'Interacción con una publicación',
				'Costo por resultados'
			],
			platform: 'meta_ads',
			language: 'es',
			currency: 'MXN',
			currencyConflict: null,
			dateGrain: 'day'
		}
	},
	{
		file: 'meta_ads-es-semicolon.csv',
		encoding: 'utf-8',
		delimiter: ';',
		headerLine: 1,
		expected: {
			mapping: {
				'Inicio del informe': 'period_start',
				'Fin del informe': 'period_end',
				'Nombre del anuncio': 'content_id',
				Día: 'date',
				'Importe gastado (ARS)': 'spend',
				Impresiones: 'impressions',
				Alcance: 'reach',
				'Clics en el enlace': 'clicks'
			},
			unmapped: [
				'Nombre de la campaña',
				'Frecuencia',
				'CTR (todos)',
				'Resultados',
				'Costo por resultados'
			],
			platform: 'meta_ads',
			language: 'es',
			currency: 'ARS',
			currencyConflict: null,
			dateGrain: 'day'
		}
	},
	{
		file: 'tiktok_ads-en-ads-manager.csv',
		encoding: 'utf-8',
		delimiter: ',',
		headerLine: 1,
		expected: {
			mapping: {
				Date: 'date',
				Cost: 'spend',
				Impressions: 'impressions',
				'Clicks (destination)': 'clicks',
				Conversions: 'conversions',
				'Video views': 'views',
				Currency: 'currency'
			},
			unmapped: [
				'Campaign name',
				'Ad group name',
				'CPC (destination)',
				'CPM',
				'CTR (destination)',
				'Results'
			],
			platform: 'tiktok_ads',
			language: 'en',
			...noCurrency,
			dateGrain: 'day'
		}
	},
	{
		file: 'tiktok_ads-en-studio.csv',
		encoding: 'utf-8',
		delimiter: ',',
		headerLine: 1,
		expected: {
			mapping: {
				'Video link': 'content_id',
				'Post time': 'published_at',
				'Total likes': 'likes',
				'Total comments': 'comments',
				'Total shares': 'shares',
				'Total views': 'views',
				'Add to favorites': 'saves'
			},
			unmapped: ['Video title', 'Total play time', 'Average watch time', 'Watched full video'],
			platform: 'tiktok_ads',
			language: 'en',
			...noCurrency,
			dateGrain: null
		}
	},
	{
		file: 'youtube_studio-en.csv',
		encoding: 'utf-8',
		delimiter: ',',
		headerLine: 1,
		expected: {
			mapping: {
				Content: 'content_id',
				'Video publish time': 'published_at',
				Views: 'views',
				'Estimated revenue (USD)': 'revenue',
				Impressions: 'impressions'
			},
			unmapped: [
				'Video title',
				'Duration',
				'Watch time (hours)',
				'Subscribers',
				'Impressions click-through rate (%)'
			],
			platform: 'youtube_studio',
			language: 'en',
			currency: 'USD',
			currencyConflict: null,
			dateGrain: null
		}
	},
	{
		file: 'instagram-en.csv',
		encoding: 'utf-8',
		delimiter: ',',
		headerLine: 1,
		expected: {
			mapping: {
				'Post ID': 'content_id',
				'Account username': 'creator_id',
				'Publish time': 'published_at',
				Date: 'date',
				Views: 'views',
				Reach: 'reach',
				Likes: 'likes',
				Shares: 'shares',
				Comments: 'comments',
				Saves: 'saves'
			},
			unmapped: [
				'Account ID',
				'Account name',
				'Description',
				'Duration (sec)',
				'Permalink',
				'Post type',
				'Data comment',
				'Follows'
			],
			platform: 'instagram',
			language: 'en',
			...noCurrency,
			dateGrain: 'day'
		}
	},
	{
		file: 'google_ads-en.csv',
		encoding: 'utf-8',
		delimiter: ',',
		headerLine: 3,
		expected: {
			mapping: {
				Day: 'date',
				'Currency code': 'currency',
				'Impr.': 'impressions',
				Clicks: 'clicks',
				Cost: 'spend',
				Conversions: 'conversions'
			},
			unmapped: ['Campaign', 'Campaign type', 'CTR', 'Avg. CPC', 'Cost / conv.'],
			platform: 'google_ads',
			language: 'en',
			...noCurrency,
			dateGrain: 'day'
		}
	},
	...(['google_ads-es.csv', 'google_ads-es-cp1252.csv'] as const).map((file) => ({
		file,
		encoding: file.includes('cp1252') ? ('windows-1252' as const) : ('utf-8' as const),
		delimiter: ',',
		headerLine: 3,
		expected: {
			mapping: {
				Día: 'date',
				'Impr.': 'impressions',
				Clics: 'clicks',
				Costo: 'spend',
				Conversiones: 'conversions',
				'Código de moneda': 'currency'
			},
			unmapped: ['Campaña', 'Tipo de campaña', 'CTR', 'Prom. CPC'],
			platform: 'google_ads',
			language: 'es',
			...noCurrency,
			dateGrain: 'day'
		} satisfies HeaderMapping
	})),
	{
		file: 'google_ads-pt.csv',
		encoding: 'utf-8',
		delimiter: ',',
		headerLine: 1,
		expected: {
			mapping: {
				Data: 'date',
				Cliques: 'clicks',
				Custo: 'spend',
				Impressões: 'impressions',
				Conversões: 'conversions'
			},
			unmapped: ['CPC méd.'],
			platform: 'google_ads',
			language: 'pt',
			...noCurrency,
			dateGrain: 'day'
		}
	},
	{
		file: 'google_ads-pt-weekly.csv',
		encoding: 'utf-8',
		delimiter: ',',
		headerLine: 3,
		expected: {
			mapping: {
				Semana: 'date',
				'Código da moeda': 'currency',
				Custo: 'spend',
				Conversões: 'conversions',
				'Impr.': 'impressions',
				Cliques: 'clicks'
			},
			unmapped: [
				'Status da campanha',
				'Campanha',
				'Orçamento',
				'Nome do orçamento',
				'Tipo de orçamento',
				'Tipo de estratégia de lances',
				'Status',
				'Motivos do status',
				'Tipo de campanha',
				'Custo médio',
				'Custo / conv.',
				'Interações',
				'CPM médio',
				'Taxa de interação',
				'CPC méd.'
			],
			platform: 'google_ads',
			language: 'pt',
			...noCurrency,
			dateGrain: 'week'
		}
	},
	{
		file: 'google_ads-pt-utf16.csv',
		encoding: 'utf-16le',
		delimiter: '\t',
		headerLine: 3,
		expected: {
			mapping: {
				Dia: 'date',
				'Código da moeda': 'currency',
				'Impr.': 'impressions',
				Cliques: 'clicks',
				Custo: 'spend',
				Conversões: 'conversions'
			},
			unmapped: ['Campanha', 'Tipo de campanha', 'CTR', 'CPC méd.'],
			platform: 'google_ads',
			language: 'pt',
			...noCurrency,
			dateGrain: 'day'
		}
	}
];

describe('mapHeaders on the export fixtures', () => {
	it.each(FIXTURE_CASES)('$file', ({ file, encoding, delimiter, headerLine, expected }) => {
		const headers = readFixtureHeader(file, encoding, delimiter, headerLine);
		const result = mapHeaders(headers);
		expect(result).toEqual(expected);
		expect(Object.keys(result.mapping)).toEqual(headers.filter((h) => h in expected.mapping));
		expect(validateMapping(result.mapping, headers)).toEqual([]);
	});

	it('covers every fixture in the folder', () => {
		const README = readFileSync(new URL('README.md', FIXTURES), 'utf-8');
		for (const { file } of FIXTURE_CASES) expect(README).toContain(`| ${file} |`);
		expect(FIXTURE_CASES).toHaveLength(14);
	});

	it('reads the binary fixtures as the bytes they claim to be', () => {
		const utf16 = readFileSync(new URL('google_ads-pt-utf16.csv', FIXTURES));
		expect([...utf16.subarray(0, 2)]).toEqual([0xff, 0xfe]);
		const cp1252 = readFileSync(new URL('google_ads-es-cp1252.csv', FIXTURES));
		expect(() => new TextDecoder('utf-8', { fatal: true }).decode(cp1252)).toThrow();
		// "Creadores – Día": the en dash is 0x96 in windows-1252 (a control code in Latin-1).
		const campaign = [0x43, 0x72, 0x65, 0x61, 0x64, 0x6f, 0x72, 0x65, 0x73, 0x20, 0x96, 0x20];
		expect(cp1252.includes(Buffer.from([...campaign, 0x44, 0xed, 0x61]))).toBe(true);
	});
});
