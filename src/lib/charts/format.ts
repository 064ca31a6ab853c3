import { precisionRound } from 'd3';

/**
 * Number and date formatting for charts, in the viewer's locale, through `Intl` only: the
 * same value reads "US$ 1,2 mil" to a viewer in Brazil and "$1.2K" to one in the US.
 */

/** How a metric's values are measured; percent values are fractions (0.031 is 3.1%). */
export type ChartUnit = 'count' | 'percent' | 'currency' | 'ratio';

/** What a value needs to be written: its unit, its currency for money, the viewer's locale. */
export interface ValueFormat {
	unit: ChartUnit;
	/** ISO 4217 code; required for `currency`, ignored for the other units. */
	currency?: string;
	/** BCP 47 tag of the viewer's locale, e.g. `pt-BR`. */
	locale: string;
	/** Short form for tight spaces (axis ticks, cards): "1.2K", "1,2 mil". */
	compact?: boolean;
}

/** What a missing value reads as. */
export const MISSING_VALUE = '—';

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

// Building an Intl formatter costs far more than using one; ticks and readouts reuse them.
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `${locale}|${JSON.stringify(options)}`;
	let format = numberFormats.get(key);
	if (!format) {
		format = new Intl.NumberFormat(locale, options);
		numberFormats.set(key, format);
	}
	return format;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `${locale}|${JSON.stringify(options)}`;
	let format = dateFormats.get(key);
	if (!format) {
		// Chart dates are calendar days stored as UTC midnights; any other zone shifts them.
		format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
		dateFormats.set(key, format);
	}
	return format;
}

function numberOptions(
	{ unit, currency, compact }: ValueFormat,
	significantDigits?: number
): Intl.NumberFormatOptions {
	const options: Intl.NumberFormatOptions = {};
	if (unit === 'currency' && currency) {
		// 'symbol' lets Intl disambiguate per locale: "$" for the viewer's own dollar, "US$" or
		// "USD" for a foreign one.
		options.style = 'currency';
		options.currency = currency;
		options.currencyDisplay = 'symbol';
	} else if (unit === 'percent') {
		options.style = 'percent';
	}
	if (compact) options.notation = 'compact';
	if (significantDigits !== undefined) {
		options.maximumSignificantDigits = significantDigits;
	} else if (!compact) {
		if (unit === 'count') options.maximumFractionDigits = 0;
		else if (unit === 'percent' || unit === 'ratio') options.maximumFractionDigits = 2;
		else if (!currency) options.maximumFractionDigits = 2;
	}
	return options;
}

/**
 * Writes a value in the viewer's locale: counts as whole numbers, percent from a fraction,
 * money with its currency as Intl labels it for that locale, ratios with two decimals.
 * A missing or non-finite value reads as an em dash.
 */
export function formatValue(value: number | null | undefined, format: ValueFormat): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return MISSING_VALUE;
	return numberFormat(format.locale, numberOptions(format)).format(value);
}

/** Writes an ISO day (YYYY-MM-DD) in the locale's medium style: "Mar 5, 2024", "5 de mar. de 2024". */
export function formatDate(iso: string, locale: string): string {
	const date = new Date(`${iso}T00:00:00Z`);
	if (Number.isNaN(date.getTime())) return iso;
	return dateFormat(locale, { dateStyle: 'medium' }).format(date);
}

/**
 * Returns the x-axis tick formatter for a date domain: day and month when the domain lies in
 * one year, with the year when it spans several.
 */
export function createDateTickFormat(
	locale: string,
	domain: readonly [Date, Date]
): (date: Date) => string {
	const oneYear = domain[0].getUTCFullYear() === domain[1].getUTCFullYear();
	const format = dateFormat(
		locale,
		oneYear
			? { month: 'short', day: 'numeric' }
			: { year: 'numeric', month: 'short', day: 'numeric' }
	);
	return (date) => format.format(date);
}

/**
 * Returns the y-axis tick formatter: compact, with just enough significant digits that ticks
 * `step` apart up to `maxAbs` stay distinct (10.2K, 10.4K rather than 10K, 10K).
 */
export function createValueTickFormat(
	format: Omit<ValueFormat, 'compact'>,
	step: number,
	maxAbs: number
): (value: number) => string {
	const digits =
		Number.isFinite(step) && step > 0 && maxAbs > 0
			? Math.min(21, Math.max(1, precisionRound(Math.abs(step), maxAbs)))
			: undefined;
	const intl = numberFormat(format.locale, numberOptions({ ...format, compact: true }, digits));
	return (value) => intl.format(value);
}
