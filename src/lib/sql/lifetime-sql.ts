import { quoteString } from './quote';

/**
 * What content exports write in a date column for a post's whole life instead of a day, in
 * English, Portuguese and Spanish, lower case and without accents (`Vitalício`, `De por vida`).
 */
export const LIFETIME_LABELS = ['lifetime', 'vitalicio', 'de por vida', 'total de por vida'];

/** SQL boolean: the cell is a lifetime label in any case or accent; NULL for a NULL cell. */
export function isLifetimeSql(expr: string): string {
	return `lower(strip_accents(trim(${expr}))) IN (${LIFETIME_LABELS.map(quoteString).join(', ')})`;
}
