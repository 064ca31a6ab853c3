import type { TimingMetricDefinition } from '$lib/domain/timeline/timing-metrics';
import { m } from '$lib/paraglide/messages';

/** What a timing value counts: hours, working days, rounds or a share. */
export type TimingMeasure = TimingMetricDefinition['measure'];

/**
 * Writes timing values in the reader's locale with their measure: "52 h", "2.6 working days",
 * "1.06", "68.6%"; a dash where the records give no value.
 */
export function timingFormatter(
	locale: string
): (value: number | null, measure: TimingMeasure) => string {
	const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
	const rounds = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
	const share = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
	return (value, measure) => {
		if (value === null || !Number.isFinite(value)) return '—';
		if (measure === 'hours') return m.timeline_hours({ value: number.format(value) });
		if (measure === 'working_days') return m.timeline_working_days({ value: number.format(value) });
		if (measure === 'share') return share.format(value);
		return rounds.format(value);
	};
}
