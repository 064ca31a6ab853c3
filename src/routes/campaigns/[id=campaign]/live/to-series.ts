import type { Series } from '$lib/charts/time-series';

/**
 * Turns long rows (date, market, value) into one chart series per market, in the campaign's
 * order (markets it does not list follow, sorted), each named by code and name.
 */
export function toSeries(
	rows: { date: string; market: string; value: number | null }[],
	markets: readonly { code: string; name: string }[],
	color: (market: string) => string
): Series[] {
	const byMarket = new Map<string, Series['points']>();
	for (const row of rows) {
		let points = byMarket.get(row.market);
		if (!points) byMarket.set(row.market, (points = []));
		points.push({ date: row.date, value: row.value });
	}
	const marketOrder = markets.map(({ code }) => code);
	const names = new Map(markets.map(({ code, name }) => [code, name]));
	const order = [
		...marketOrder,
		...[...byMarket.keys()].filter((m) => !marketOrder.includes(m)).sort()
	];
	return order
		.filter((market) => byMarket.has(market))
		.map((market) => ({
			key: market,
			label: `${market} · ${names.get(market) ?? market}`,
			color: color(market),
			points: byMarket.get(market)!
		}));
}

/**
 * Turns long rows (date, series, value) of one market split by a dimension into one chart
 * series per value, sorted by name; `label` names a value (a creator's handle), `none` the
 * rows without one. Colours come from a categorical scheme, in that order.
 */
export function toSplitSeries(
	rows: { date: string; series: string | null; value: number | null }[],
	label: (value: string) => string,
	none: string,
	colors: readonly string[]
): Series[] {
	const byValue = new Map<string | null, Series['points']>();
	for (const row of rows) {
		let points = byValue.get(row.series);
		if (!points) byValue.set(row.series, (points = []));
		points.push({ date: row.date, value: row.value });
	}
	const keys = [...byValue.keys()].sort((a, b) =>
		a === null ? 1 : b === null ? -1 : a.localeCompare(b)
	);
	return keys.map((key, index) => ({
		key: key ?? '',
		label: key === null ? none : label(key),
		color: colors[index % colors.length]!,
		points: byValue.get(key)!
	}));
}
