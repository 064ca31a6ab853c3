import type { AnnotationTime } from '../annotations';
import type { MetricUnit } from '../chart-metrics';

/**
 * Numbers and dates as the retrospective writes them: one fixed locale, so that the same
 * document reads the same on the page, in the Markdown file and from the command line, on any
 * machine. The rules follow the scoreboard's (counts whole, percent and ratios to two
 * decimals, money with its currency).
 */
const LOCALE = 'en';

/** What a missing value reads as. */
export const NO_VALUE = '—';

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = JSON.stringify(options);
	let format = formats.get(key);
	if (!format) formats.set(key, (format = new Intl.NumberFormat(LOCALE, options)));
	return format;
}

function unitOptions(unit: MetricUnit, currency: string): Intl.NumberFormatOptions {
	switch (unit) {
		case 'currency':
			return { style: 'currency', currency, currencyDisplay: 'symbol' };
		case 'percent':
			return { style: 'percent', maximumFractionDigits: 2 };
		case 'count':
			return { maximumFractionDigits: 0 };
		case 'ratio':
			return { maximumFractionDigits: 2 };
	}
}

/** A metric's value in its unit: "3.07%", "$1,234.56", "12,345", "2.4". */
export function formatAmount(value: number | null, unit: MetricUnit, currency: string): string {
	if (value === null || !Number.isFinite(value)) return NO_VALUE;
	return numberFormat(unitOptions(unit, currency)).format(value);
}

/** A share such as an attainment, a score or a weight: 0.8785 is "87.85%". */
export function formatShare(value: number | null): string {
	return formatAmount(value, 'percent', '');
}

/**
 * A change in a metric, signed: money and counts in their unit, percent metrics in percentage
 * points ("+0.42 pp"), since a change of a rate read as a percent would pass for a relative one.
 */
export function formatChange(value: number, unit: MetricUnit, currency: string): string {
	if (!Number.isFinite(value)) return NO_VALUE;
	if (unit === 'percent') {
		return `${numberFormat({ maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(value * 100)} pp`;
	}
	const options = unit === 'count' ? { maximumFractionDigits: 2 } : unitOptions(unit, currency);
	return numberFormat({ ...options, signDisplay: 'exceptZero' }).format(value);
}

/** The day or days an annotation concerns: "2026-11-16" or "2026-11-14 to 2026-11-22". */
export function formatDays(time: AnnotationTime): string {
	return 'at' in time ? time.at : `${time.from} to ${time.to}`;
}

/** An ISO date-time as "2026-11-20 10:00 UTC", the same wherever it is read. */
export function formatMoment(iso: string): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
