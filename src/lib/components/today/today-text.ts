import { formatValue, type ValueFormat } from '$lib/charts/format';
import { verdictLabel } from '$lib/components/scoring/verdict-label';
import type { TodayItem } from '$lib/domain/today/today-items';
import { m } from '$lib/paraglide/messages';

/** What an item of the end-of-day log says, in the reader's language. */
export function todayItemText(
	item: TodayItem,
	formatOf: (metric: string) => ValueFormat,
	locale: string
): string {
	switch (item.kind) {
		case 'spike': {
			const format = formatOf(item.spike.metric);
			return m.today_item_spike({
				market: item.market,
				metric: item.spike.metric,
				value: formatValue(item.spike.value, format),
				expected: formatValue(item.spike.expected, format)
			});
		}
		case 'verdict_flip':
			return m.today_item_flip({
				market: item.market,
				team: item.definition.team,
				before: verdictLabel(item.before),
				after: verdictLabel(item.after)
			});
		case 'target_crossed': {
			const format = formatOf(item.metrics[0]!);
			const values = {
				market: item.market,
				metric: item.metrics[0]!,
				team: item.definition.team,
				actual: formatValue(item.actual, format),
				target: formatValue(item.target, format)
			};
			return item.direction === 'met'
				? m.today_item_target_met(values)
				: m.today_item_target_lost(values);
		}
		case 'pacing_off':
			return m.today_item_pacing({
				market: item.market,
				share: formatValue(item.ratio, { unit: 'percent', locale, compact: false })
			});
	}
}

/** The title a new annotation on an item starts with; the recorder rewrites it at will. */
export function todayItemTitle(item: TodayItem): string {
	switch (item.kind) {
		case 'spike':
			return m.today_title_spike({ market: item.market, metric: item.spike.metric });
		case 'verdict_flip':
			return m.today_title_flip({ market: item.market, team: item.definition.team });
		case 'target_crossed':
			return m.today_title_target({ market: item.market, metric: item.metrics[0]! });
		case 'pacing_off':
			return m.today_title_pacing({ market: item.market });
	}
}

/** What kind of thing an item is, in a word or two. */
export function todayKindLabel(kind: TodayItem['kind']): string {
	const labels: Record<TodayItem['kind'], () => string> = {
		spike: m.today_kind_spike,
		verdict_flip: m.today_kind_verdict_flip,
		target_crossed: m.today_kind_target_crossed,
		pacing_off: m.today_kind_pacing_off
	};
	return labels[kind]();
}
