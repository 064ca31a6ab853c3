import { describe, expect, it } from 'vitest';
import { mapHeaders, validateMapping } from './map-headers';

const noCurrency = { currency: null, currencyConflict: null };

describe('mapHeaders on headers of real public exports', () => {
	it('maps the Udacity A/B test log (ab_data.csv)', () => {
		expect(mapHeaders(['user_id', 'timestamp', 'group', 'landing_page', 'converted'])).toEqual({
			mapping: { timestamp: 'date', group: 'variant', converted: 'conversions' },
			unmapped: ['user_id', 'landing_page'],
			platform: 'generic',
			language: 'en',
			...noCurrency,
			dateGrain: 'day'
		});
	});

	it('maps the Kaggle Facebook ad data (KAG_conversion_data.csv, with its BOM)', () => {
		const headers = [
			'\uFEFFad_id',
			'xyz_campaign_id',
			'fb_campaign_id',
			'age',
			'gender',
			'interest',
			'Impressions',
			'Clicks',
			'Spent',
			'Total_Conversion',
			'Approved_Conversion'
		];
		expect(mapHeaders(headers)).toEqual({
			mapping: {
				'\uFEFFad_id': 'content_id',
				Impressions: 'impressions',
				Clicks: 'clicks',
				Spent: 'spend',
				Total_Conversion: 'conversions'
			},
			unmapped: [
				'xyz_campaign_id',
				'fb_campaign_id',
				'age',
				'gender',
				'interest',
				'Approved_Conversion'
			],
			platform: 'generic',
			language: 'en',
			...noCurrency,
			dateGrain: null
		});
	});

	it('maps the Kaggle Instagram influencers table (top_insta_influencers_data.csv)', () => {
		const headers = [
			'\uFEFFrank',
			'channel_info',
			'influence_score',
			'posts',
			'followers',
			'avg_likes',
			'60d_eng_rate',
			'new_post_avg_like',
			'total_likes',
			'country'
		];
		const result = mapHeaders(headers);
		expect(result.mapping).toEqual({
			channel_info: 'creator_id',
			followers: 'followers',
			total_likes: 'likes',
			country: 'market'
		});
		expect(result).toMatchObject({ platform: 'generic', language: 'en', dateGrain: null });
	});

	it('maps the Kaggle YouTube channel table, whose subscribers are channel totals', () => {
		const headers = [
			'rank',
			'Youtuber',
			'subscribers',
			'video views',
			'category',
			'Title',
			'uploads',
			'Country',
			'Abbreviation',
			'channel_type',
			'video_views_rank',
			'country_rank',
			'channel_type_rank',
			'video_views_for_the_last_30_days',
			'lowest_monthly_earnings',
			'highest_monthly_earnings',
			'lowest_yearly_earnings',
			'highest_yearly_earnings',
			'subscribers_for_last_30_days',
			'created_year',
			'created_month',
			'created_date',
			'Gross tertiary education enrollment (%)',
			'Population',
			'Unemployment rate',
			'Urban_population',
			'Latitude',
			'Longitude'
		];
		const result = mapHeaders(headers);
		expect(result.mapping).toEqual({
			Youtuber: 'creator_id',
			subscribers: 'followers',
			'video views': 'views',
			Country: 'market'
		});
		expect(result.unmapped).toHaveLength(24);
		expect(result).toMatchObject({ platform: 'generic', language: 'en', dateGrain: null });
	});

	it('maps the Sun Motors Meta Ads pt-BR export (32 columns)', () => {
		const headers = [
			'Nome da conta',
			'Nome da campanha',
			'Nome do conjunto de anúncios',
			'Nome do anúncio',
			'Identificação da conta',
			'Identificação da campanha',
			'Identificação do conjunto de anúncios',
			'Identificação do anúncio',
			'Anúncios',
			'Idade',
			'Gênero',
			'Dia',
			'Alcance',
			'Impressões',
			'Frequência',
			'Moeda',
			'Valor usado (BRL)',
			'Configuração de atribuição',
			'Custo por lead',
			'Leads',
			'Cliques no link',
			'CTR (todos)',
			'CPM (custo por 1.000 impressões)',
			'CPC (custo por clique no link)',
			'CPC (todos)',
			'Visualizações',
			'Orçamento do conjunto de anúncios',
			'Tipo de orçamento do conjunto de anúncios',
			'Orçamento da campanha',
			'Tipo de orçamento da campanha',
			'Início dos relatórios',
			'Término dos relatórios'
		];
		const result = mapHeaders(headers);
		expect(result.mapping).toEqual({
			'Identificação do anúncio': 'content_id',
			Dia: 'date',
			Alcance: 'reach',
			Impressões: 'impressions',
			Moeda: 'currency',
			'Valor usado (BRL)': 'spend',
			'Cliques no link': 'clicks',
			Visualizações: 'views',
			'Início dos relatórios': 'period_start',
			'Término dos relatórios': 'period_end'
		});
		expect(result.unmapped).toContain('Nome do anúncio');
		expect(result.unmapped).toContain('Leads');
		expect(result).toMatchObject({
			platform: 'meta_ads',
			language: 'pt',
			currency: 'BRL',
			dateGrain: 'day'
		});
	});

	it('maps a Google Ads pt-BR campaign report without a date column', () => {
		const headers =
			'Status da campanha,Campanha,Orçamento,Nome do orçamento,Tipo de orçamento,Código da moeda,Status,Motivos do status,Pontuação de otimização,Tipo de campanha,Impr.,CTR,Custo,Tipo de estratégia de lances,Cliques,Taxa de conv.,Conversões,CPC méd.,Custo / conv.'.split(
				','
			);
		const result = mapHeaders(headers);
		expect(result.mapping).toEqual({
			'Código da moeda': 'currency',
			'Impr.': 'impressions',
			Custo: 'spend',
			Cliques: 'clicks',
			Conversões: 'conversions'
		});
		expect(result).toMatchObject({ platform: 'google_ads', language: 'pt', dateGrain: null });
	});
});

describe('mapHeaders when headers compete for a field', () => {
	it('prefers Meta link clicks over all clicks, wherever they stand', () => {
		for (const headers of [
			['Clicks (all)', 'Link clicks'],
			['Link clicks', 'Clicks (all)']
		]) {
			const result = mapHeaders(headers);
			expect(result.mapping).toEqual({ 'Link clicks': 'clicks' });
			expect(result.unmapped).toEqual(['Clicks (all)']);
		}
	});

	it('uses all clicks when there are no link clicks', () => {
		expect(mapHeaders(['Day', 'Clics (todos)']).mapping).toEqual({
			Day: 'date',
			'Clics (todos)': 'clicks'
		});
	});

	it('prefers the canonical name over a synonym', () => {
		const result = mapHeaders(['Cost', 'spend', 'Day', 'date']);
		expect(result.mapping).toEqual({ spend: 'spend', date: 'date' });
		expect(result.unmapped).toEqual(['Cost', 'Day']);
	});

	it('prefers an ad ID over an ad name', () => {
		expect(mapHeaders(['Ad name', 'Ad ID']).mapping).toEqual({ 'Ad ID': 'content_id' });
	});

	it('keeps the leftmost of two equally ranked synonyms', () => {
		const result = mapHeaders(['Total views', 'Video views']);
		expect(result.mapping).toEqual({ 'Total views': 'views' });
		expect(result.unmapped).toEqual(['Video views']);
	});

	it('leaves Google Ads interactions and ratio columns unmapped', () => {
		const result = mapHeaders(['Interações', 'Interactions', 'CTR', 'Frequency', 'Resultados']);
		expect(result.mapping).toEqual({});
	});
});

describe('mapHeaders currency, language, grain and platform', () => {
	it('reports two different currency suffixes as a conflict', () => {
		const result = mapHeaders(['Amount spent (USD)', 'Estimated revenue (BRL)', 'CPC (USD)']);
		expect(result.currency).toBeNull();
		expect(result.currencyConflict).toEqual(['USD', 'BRL']);
		expect(result.mapping).toEqual({
			'Amount spent (USD)': 'spend',
			'Estimated revenue (BRL)': 'revenue'
		});
	});

	it('reads no language from canonical names alone', () => {
		const result = mapHeaders(['date', 'market', 'impressions', 'spend']);
		expect(result).toMatchObject({ language: null, platform: 'generic', dateGrain: 'day' });
	});

	it('reads no language when Spanish and Portuguese tie', () => {
		expect(mapHeaders(['Dia', 'Alcance', 'Impr.']).language).toBeNull();
		expect(mapHeaders(['Dia', 'Alcance', 'Costo']).language).toBe('es');
	});

	it('hints a weekly grain from an English week header', () => {
		expect(mapHeaders(['Week', 'Impr.', 'Cost']).dateGrain).toBe('week');
	});

	it('calls a file with as many signatures of two platforms generic', () => {
		expect(mapHeaders(['Link clicks', 'Impr.']).platform).toBe('generic');
	});

	it('maps subscribers to followers except in a YouTube Studio export', () => {
		expect(mapHeaders(['Youtuber', 'subscribers']).mapping).toEqual({
			Youtuber: 'creator_id',
			subscribers: 'followers'
		});
		const studio = mapHeaders(['Content', 'Watch time (hours)', 'Subscribers']);
		expect(studio.platform).toBe('youtube_studio');
		expect(studio.unmapped).toEqual(['Watch time (hours)', 'Subscribers']);
	});
});

describe('mapHeaders with overrides', () => {
	const headers = ['Day', 'Cost', 'Custo total', 'Impressions'];

	it('leaves a header unmapped when its override is null', () => {
		const result = mapHeaders(headers, { Cost: null });
		expect(result.mapping).toEqual({ Day: 'date', Impressions: 'impressions' });
		expect(result.unmapped).toEqual(['Cost', 'Custo total']);
	});

	it('lets an override take a field from the automatic match', () => {
		const result = mapHeaders(headers, { 'Custo total': 'spend' });
		expect(result.mapping).toEqual({
			Day: 'date',
			'Custo total': 'spend',
			Impressions: 'impressions'
		});
		expect(result.unmapped).toEqual(['Cost']);
	});

	it('keeps two overrides to one field and lets validateMapping report them', () => {
		const result = mapHeaders(headers, { Cost: 'spend', 'Custo total': 'spend' });
		expect(result.mapping).toMatchObject({ Cost: 'spend', 'Custo total': 'spend' });
		expect(validateMapping(result.mapping, headers)).toEqual([
			{
				kind: 'duplicate_field',
				headers: ['Cost', 'Custo total'],
				field: 'spend',
				message: 'spend is mapped from 2 columns ("Cost", "Custo total"); keep one'
			}
		]);
	});

	it('ignores an override for a header the file does not have', () => {
		expect(mapHeaders(headers, { Revenue: 'revenue' })).toEqual(mapHeaders(headers));
	});

	it('maps a header excluded on its platform when the user asks', () => {
		const result = mapHeaders(['Content', 'Watch time (hours)', 'Subscribers'], {
			Subscribers: 'followers'
		});
		expect(result.mapping).toEqual({ Content: 'content_id', Subscribers: 'followers' });
	});

	it('takes the grain hint from the header the user maps to date', () => {
		expect(mapHeaders(['Semana', 'Dia'], { Semana: null, Dia: 'date' }).dateGrain).toBe('day');
		expect(mapHeaders(['Day', 'Periodo'], { Day: null, Periodo: 'date' }).dateGrain).toBeNull();
	});

	it('keeps a header named __proto__ as an ordinary key', () => {
		const overrides = Object.fromEntries([['__proto__', 'spend' as const]]);
		const result = mapHeaders(['__proto__', 'Day'], overrides);
		expect(Object.entries(result.mapping)).toEqual([
			['__proto__', 'spend'],
			['Day', 'date']
		]);
		expect(Object.getPrototypeOf(result.mapping)).toBe(Object.prototype);
	});
});

describe('mapHeaders and validateMapping with duplicate header names', () => {
	it('maps only the first of two columns with the same name', () => {
		const headers = ['Day', 'Impressions', 'Impressions'];
		const result = mapHeaders(headers);
		expect(result.mapping).toEqual({ Day: 'date', Impressions: 'impressions' });
		expect(result.unmapped).toEqual(['Impressions']);
		expect(validateMapping(result.mapping, headers)).toEqual([
			{
				kind: 'duplicate_header',
				headers: ['Impressions'],
				field: null,
				message: 'the file has more than one column named "Impressions"; rename one before mapping'
			}
		]);
	});
});

describe('validateMapping', () => {
	it('reports an unknown field and a header the file does not have', () => {
		const problems = validateMapping({ Day: 'date', Cost: 'costs', Clicks: 'clicks' }, [
			'Day',
			'Cost'
		]);
		expect(problems.map(({ kind, headers }) => [kind, headers])).toEqual([
			['unknown_field', ['Cost']],
			['unknown_header', ['Clicks']]
		]);
	});

	it('accepts a mapping with one header per field', () => {
		expect(validateMapping({ Day: 'date', Cost: 'spend' }, ['Day', 'Cost', 'CTR'])).toEqual([]);
	});
});
