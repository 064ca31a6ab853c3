import { normalizeHeader } from './header-synonyms';
import type { ColumnPlan } from './import-plan';

/**
 * What a row is about, named in a header in English, Spanish or Portuguese (accents stripped):
 * a campaign, an ad set or ad group, an ad, a post, a video, a keyword or a search term.
 */
const ENTITY =
	/\b(campaign|campanha|campana|ad ?set|ad group|conjunto de anuncios|grupo de anuncios|ad|anuncio|post|publicacao|publicacion|video|keyword|palavra-chave|palabra clave|search term|termo de pesquisa|termino de busqueda|pesquisar)\b/;

/**
 * Headers that name something *about* an entity rather than the entity itself (`Campaign type`,
 * `Status da campanha`, `Orçamento do conjunto de anúncios`): a total row fills them too.
 */
const ATTRIBUTE =
	/\b(type|tipo|status|estado|budget|orcamento|presupuesto|delivery|veiculacao|entrega|objective|objetivo|strategy|estrategia|bid|lance|lances|puja|reason|motivo|motivos|setting|configuracao|configuracion|attribution|atribuicao|atribucion|currency|moeda|moneda|group name|grupo de campanhas)\b/;

/**
 * The columns that say which row is which: the mapped creator and content ids, and the
 * unmapped text columns whose header names an entity. A row with all of them empty is about
 * no entity, so it can only be a total of the others (see file-totals).
 */
export function identityColumns(columns: ColumnPlan[], extraText: ColumnPlan[]): ColumnPlan[] {
	return columns.filter(
		(column) =>
			column.field === 'creator_id' ||
			column.field === 'content_id' ||
			(extraText.includes(column) && namesAnEntity(column.header))
	);
}

/** True for a header that names an entity a row is about (`Nome da campanha`, `Ad name`). */
export function namesAnEntity(header: string): boolean {
	const { key } = normalizeHeader(header);
	return ENTITY.test(key) && !ATTRIBUTE.test(key);
}
