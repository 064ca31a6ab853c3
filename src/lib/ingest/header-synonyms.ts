import { MAPPABLE_FIELDS, type MappableField, type Platform } from '$lib/domain/facts';

/**
 * What platform exports call each canonical field, in English, Spanish and Portuguese.
 * Headers are compared after `normalizeHeader`, so the tables list names as the exports
 * spell them (accents, case and spacing do not matter).
 */

/** Languages the synonym tables know. */
export const HEADER_LANGUAGES = ['en', 'es', 'pt'] as const;
export type HeaderLanguage = (typeof HEADER_LANGUAGES)[number];

/** How much time one row covers, as far as the date header tells. */
export type DateGrainHint = 'day' | 'week';

/** A header as the tables compare it, and the currency code its suffix named. */
export interface NormalizedHeader {
	key: string;
	currency: string | null;
}

/** What a known header maps to. */
export interface SynonymMatch {
	field: MappableField;
	/**
	 * 0 for the canonical name itself, 1 for a platform's own name of the field, 2 for a
	 * fallback (Meta's `Clicks (all)` when `Link clicks` is absent). When two headers map to
	 * the same field the lower rank wins.
	 */
	rank: 0 | 1 | 2;
	/** Languages the name belongs to; empty for canonical names and shared abbreviations. */
	languages: readonly HeaderLanguage[];
	grain: DateGrainHint | null;
}

// Meta and YouTube put the money columns' currency in the header: `Amount spent (USD)`.
const CURRENCY_SUFFIX = /\s*\(([A-Z]{3})\)\s*$/;

/**
 * Reduces a header to its comparison key: no BOM, no trailing currency suffix (returned
 * apart), accents stripped, lower case, `_` read as a space, spaces collapsed and removed
 * around `/` (`Semana / Dia` and `Semana/Dia` are one header).
 */
export function normalizeHeader(header: string): NormalizedHeader {
	const trimmed = header.replace(/^\uFEFF/, '').trim();
	const suffix = CURRENCY_SUFFIX.exec(trimmed);
	const bare = suffix ? trimmed.slice(0, suffix.index) : trimmed;
	const key = bare
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/_/g, ' ')
		.replace(/\s+/g, ' ')
		.replace(/ ?\/ ?/g, '/')
		.trim();
	return { key, currency: suffix?.[1] ?? null };
}

interface SynonymSpec {
	field: MappableField;
	rank?: 1 | 2;
	grain?: DateGrainHint;
	en?: readonly string[];
	es?: readonly string[];
	pt?: readonly string[];
	/** Names that tell nothing about the language (shared abbreviations, column codes). */
	neutral?: readonly string[];
}

const SYNONYM_SPECS: readonly SynonymSpec[] = [
	// Dates. `Semana / Dia` is how Google Ads pt labels a column that may hold either.
	{
		field: 'date',
		grain: 'day',
		en: ['Day', 'Timestamp'],
		es: ['Día', 'Fecha'],
		pt: ['Dia', 'Data', 'Semana / Dia']
	},
	{ field: 'date', grain: 'week', en: ['Week'], es: ['Semana'], pt: ['Semana'] },
	{
		field: 'period_start',
		en: ['Reporting starts'],
		es: ['Inicio del informe'],
		pt: ['Início dos relatórios']
	},
	{
		field: 'period_end',
		en: ['Reporting ends'],
		es: ['Fin del informe'],
		pt: ['Encerramento dos relatórios', 'Término dos relatórios']
	},
	{
		field: 'published_at',
		en: ['Publish time', 'Video publish time', 'Post time', 'Published at', 'Publish date'],
		es: ['Hora de publicación', 'Fecha de publicación'],
		pt: ['Horário de publicação', 'Data de publicação']
	},

	// Dimensions.
	{
		field: 'market',
		en: ['Country', 'Country/Territory', 'Country code', 'Country name', 'Geography'],
		es: ['País', 'País/territorio', 'Mercado', 'Ubicación', 'Geografía'],
		pt: ['País', 'País/Território', 'Mercado', 'Região', 'Geografia', 'Localização']
	},
	{ field: 'platform', en: ['Publisher platform'], es: ['Plataforma'], pt: ['Plataforma'] },
	{
		field: 'creator_id',
		en: [
			'Creator',
			'Creator handle',
			'Handle',
			'Account username',
			'Username',
			'Channel',
			'Channel name',
			'Channel info',
			'Youtuber',
			'Influencer'
		],
		es: ['Creador', 'Nombre de usuario'],
		pt: ['Criador', 'Influenciador', 'Nome de usuário']
	},
	{
		field: 'content_id',
		en: ['Content', 'Post ID', 'Video ID', 'Video link', 'Ad ID'],
		es: ['Identificador del anuncio', 'ID del anuncio', 'ID de la publicación'],
		pt: ['Identificação do anúncio', 'ID do anúncio', 'ID da publicação']
	},
	// An ad's name identifies it when the export has no ad ID; a post's link when no post ID.
	{
		field: 'content_id',
		rank: 2,
		en: ['Ad name', 'Permalink'],
		es: ['Nombre del anuncio'],
		pt: ['Nome do anúncio']
	},
	{
		field: 'variant',
		en: ['Group', 'AB group', 'Test group', 'Variation'],
		es: ['Variante', 'Grupo', 'Variación'],
		pt: ['Variante', 'Grupo', 'Variação']
	},
	{
		field: 'currency',
		en: ['Currency code'],
		es: ['Código de moneda', 'Moneda', 'Divisa'],
		pt: ['Código da moeda', 'Moeda']
	},

	// Additive measures.
	{
		field: 'impressions',
		en: ['Thumbnail impressions'],
		es: ['Impresiones'],
		pt: ['Impressões'],
		neutral: ['Impr.']
	},
	{
		field: 'views',
		en: ['Video views', 'Total views'],
		es: ['Reproducciones', 'Reproducciones de video', 'Visualizaciones'],
		pt: ['Visualizações', 'Visualizações do vídeo', 'Visualizações de vídeo']
	},
	{ field: 'likes', en: ['Total likes'], es: ['Me gusta'], pt: ['Curtidas'] },
	{ field: 'comments', en: ['Total comments'], es: ['Comentarios'], pt: ['Comentários'] },
	{
		field: 'shares',
		en: ['Total shares'],
		es: ['Compartidos', 'Veces compartido'],
		pt: ['Compartilhamentos']
	},
	{ field: 'saves', en: ['Add to favorites'], es: ['Guardados'], pt: ['Salvamentos'] },
	{
		field: 'clicks',
		en: ['Link clicks', 'Clicks (destination)'],
		es: ['Clics', 'Clics en el enlace'],
		pt: ['Cliques', 'Cliques no link']
	},
	// Meta's all-clicks count includes likes and profile taps: only used without link clicks.
	{
		field: 'clicks',
		rank: 2,
		en: ['Clicks (all)'],
		es: ['Clics (todos)'],
		pt: ['Cliques (todos)']
	},
	{
		field: 'conversions',
		en: ['Total conversion', 'Total conversions', 'Converted'],
		es: ['Conversiones'],
		pt: ['Conversões']
	},
	{
		field: 'spend',
		en: ['Amount spent', 'Spent', 'Cost'],
		es: ['Importe gastado', 'Costo', 'Gasto', 'Inversión'],
		pt: ['Valor usado', 'Valor gasto', 'Custo', 'Gasto', 'Investimento']
	},
	{
		field: 'revenue',
		en: ['Estimated revenue', 'Total revenue'],
		es: ['Ingresos', 'Ingresos estimados'],
		pt: ['Receita', 'Receita estimada']
	},

	// Snapshot measures.
	{ field: 'reach', es: ['Alcance'], pt: ['Alcance'] },
	{
		field: 'followers',
		en: ['Subscribers'],
		es: ['Seguidores', 'Suscriptores'],
		pt: ['Seguidores', 'Inscritos']
	}
];

/**
 * Headers that look mappable but are left as extra columns on purpose, with the reason the
 * mapping editor can show.
 */
export const UNMAPPED_BY_DESIGN: readonly { names: readonly string[]; why: string }[] = [
	{
		names: ['Results', 'Resultados', 'Result indicator', 'Indicador de resultados'],
		why: "Meta's results count whatever the campaign objective is (leads, clicks, purchases)"
	},
	{
		names: ['Interactions', 'Interações', 'Interacciones'],
		why: 'Google Ads interactions add video views and calls to clicks; they are not clicks'
	},
	{
		names: [
			'CTR',
			'CPM',
			'CPC',
			'Avg. CPC',
			'CPC méd.',
			'Prom. CPC',
			'Custo médio',
			'CPM médio',
			'Cost / conv.',
			'Custo / conv.',
			'Costo / conv.',
			'Taxa de interação',
			'Interaction rate',
			'Frequency',
			'Frequência',
			'Frecuencia',
			'Cost per results',
			'Custo por resultados',
			'Costo por resultados'
		],
		why: 'a ratio of other columns; Parallax recomputes ratios from sums'
	},
	{
		names: ['Follows'],
		why: 'follows gained from one post, not the account follower count'
	}
];

/**
 * Headers that mean something else in one platform's export than elsewhere, and stay
 * unmapped there unless the user maps them.
 */
export const PLATFORM_EXCLUSIONS: Partial<Record<Platform, readonly string[]>> = {
	// YouTube Studio's per-video `Subscribers` are subscribers gained through the video,
	// not the channel's count that `followers` holds.
	youtube_studio: ['Subscribers', 'Suscriptores', 'Inscritos']
};

/** Headers only one platform's export has; the platform with the most of them wins. */
export const PLATFORM_SIGNATURES: Record<Exclude<Platform, 'generic'>, readonly string[]> = {
	meta_ads: [
		'Reporting starts',
		'Reporting ends',
		'Início dos relatórios',
		'Encerramento dos relatórios',
		'Término dos relatórios',
		'Inicio del informe',
		'Fin del informe',
		'Amount spent',
		'Valor usado',
		'Importe gastado',
		'Ad set name',
		'Nome do conjunto de anúncios',
		'Nombre del conjunto de anuncios',
		'Result indicator',
		'Indicador de resultados',
		'Link clicks',
		'Cliques no link',
		'Clics en el enlace',
		'Attribution setting',
		'Configuração de atribuição',
		'Configuración de atribución',
		'Campaign delivery',
		'Veiculação da campanha',
		'Entrega de la campaña'
	],
	tiktok_ads: [
		'Ad group name',
		'Clicks (destination)',
		'CPC (destination)',
		'CTR (destination)',
		'Video link',
		'Post time',
		'Total play time',
		'Average watch time',
		'Watched full video',
		'Add to favorites'
	],
	google_ads: [
		'Impr.',
		'Currency code',
		'Código da moeda',
		'Código de moneda',
		'Avg. CPC',
		'CPC méd.',
		'Prom. CPC',
		'Interactions',
		'Interações',
		'Interacciones',
		'Campaign type',
		'Tipo de campanha',
		'Tipo de campaña',
		'Cost / conv.',
		'Custo / conv.',
		'Costo / conv.',
		'Custo médio',
		'CPM médio',
		'Taxa de interação',
		'Interaction rate'
	],
	youtube_studio: [
		'Video publish time',
		'Watch time (hours)',
		'Impressions click-through rate (%)',
		'Thumbnail impressions',
		'Thumbnail click-through rate (%)',
		'Estimated revenue',
		'Average view duration'
	],
	instagram: [
		'Account username',
		'Permalink',
		'Post type',
		'Data comment',
		'Follows',
		'Duration (sec)'
	]
};

/** Normalizes a list of display names into comparison keys. */
export function toHeaderKeys(names: readonly string[]): Set<string> {
	return new Set(names.map((name) => normalizeHeader(name).key));
}

function addSynonym(table: Map<string, SynonymMatch>, name: string, match: SynonymMatch): void {
	const key = normalizeHeader(name).key;
	const known = table.get(key);
	if (!known) {
		table.set(key, match);
		return;
	}
	if (known.field !== match.field || known.grain !== match.grain) {
		throw new Error(`header synonym "${name}" maps to both ${known.field} and ${match.field}`);
	}
	// A canonical name stays language-neutral even when a language spells it the same way.
	const languages = known.rank === 0 ? [] : [...new Set([...known.languages, ...match.languages])];
	table.set(key, { ...known, rank: Math.min(known.rank, match.rank) as 0 | 1 | 2, languages });
}

function buildSynonymTable(): Map<string, SynonymMatch> {
	const table = new Map<string, SynonymMatch>();
	for (const field of MAPPABLE_FIELDS) {
		const grain = field === 'date' ? 'day' : null;
		addSynonym(table, field, { field, rank: 0, languages: [], grain });
	}
	for (const spec of SYNONYM_SPECS) {
		const base = { field: spec.field, rank: spec.rank ?? 1, grain: spec.grain ?? null };
		for (const language of HEADER_LANGUAGES) {
			for (const name of spec[language] ?? []) {
				addSynonym(table, name, { ...base, languages: [language] });
			}
		}
		for (const name of spec.neutral ?? []) addSynonym(table, name, { ...base, languages: [] });
	}
	return table;
}

const SYNONYMS = buildSynonymTable();

/** The field a normalized header key is a known name of, or null. */
export function findSynonym(key: string): SynonymMatch | null {
	return SYNONYMS.get(key) ?? null;
}
