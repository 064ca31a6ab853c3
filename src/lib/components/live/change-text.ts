import { formatValue } from '$lib/charts/format';

/** A relative change as a signed percent in the reader's locale: "+12%", "−3.4%". */
export function changeText(change: number | null, locale: string): string {
	if (change === null || !Number.isFinite(change)) return '—';
	const magnitude = formatValue(Math.abs(change), { unit: 'percent', locale });
	return `${change > 0 ? '+' : change < 0 ? '−' : '±'}${magnitude}`;
}

/** Whether a change is good news for a KPI: up is good when higher is better, and down otherwise. */
export function changeIsGood(change: number | null, comparator: '>=' | '<='): boolean | null {
	if (change === null || change === 0 || !Number.isFinite(change)) return null;
	return comparator === '>=' ? change > 0 : change < 0;
}
