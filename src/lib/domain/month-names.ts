/**
 * Month and weekday names as platform exports write them in English, Spanish and Portuguese
 * (`Sep 20, 2026`, `5 de mai. de 2026`, `martes, 5 de mayo de 2026`). Every name is lower case
 * and without its trailing dot; readers lower-case the text and allow an optional dot.
 */

/** Names and abbreviations of each month, index 0 for January. */
export const MONTH_NAMES: readonly (readonly string[])[] = [
	['jan', 'january', 'janeiro', 'ene', 'enero'],
	['feb', 'february', 'fev', 'fevereiro', 'febrero'],
	['mar', 'march', 'março', 'marco', 'marzo'],
	['apr', 'april', 'abr', 'abril'],
	['may', 'mai', 'maio', 'mayo'],
	['jun', 'june', 'junho', 'junio'],
	['jul', 'july', 'julho', 'julio'],
	['aug', 'august', 'ago', 'agosto'],
	['sep', 'sept', 'september', 'set', 'setembro', 'septiembre', 'setiembre'],
	['oct', 'october', 'out', 'outubro', 'octubre'],
	['nov', 'november', 'novembro', 'noviembre'],
	['dec', 'december', 'dez', 'dezembro', 'dic', 'diciembre']
];

/** Weekday names and abbreviations that may open a date (`ter., 5 de mai. de 2026`). */
export const WEEKDAY_NAMES: readonly string[] = [
	...['mon', 'monday', 'tue', 'tues', 'tuesday', 'wed', 'wednesday', 'thu', 'thur', 'thurs'],
	...['thursday', 'fri', 'friday', 'sat', 'saturday', 'sun', 'sunday'],
	...['seg', 'segunda', 'segunda-feira', 'ter', 'terça', 'terca', 'terça-feira', 'terca-feira'],
	...['qua', 'quarta', 'quarta-feira', 'qui', 'quinta', 'quinta-feira', 'sex', 'sexta'],
	...['sexta-feira', 'sáb', 'sab', 'sábado', 'sabado', 'dom', 'domingo'],
	...['lun', 'lunes', 'mar', 'martes', 'mié', 'mie', 'miércoles', 'miercoles', 'jue', 'jueves'],
	...['vie', 'viernes']
];

/** The month number (1–12) of a name or abbreviation in any case, with or without a dot. */
export function toMonthNumber(name: string): number | null {
	const key = name.trim().toLowerCase().replace(/\.$/, '');
	const index = MONTH_NAMES.findIndex((names) => names.includes(key));
	return index < 0 ? null : index + 1;
}
