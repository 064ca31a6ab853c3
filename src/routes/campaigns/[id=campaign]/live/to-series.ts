import type { Series } from '$lib/charts/time-series';

/** Turns long rows (date, market, value) into one chart series per market, in the campaign's order. */
export function toSeries(
	rows: { date: string; market: string; value: number | null }[],
	marketOrder: string[],
	names: Map<string, string>,
	color: (market: string) => string
): Series[] {
	const byMarket = new Map<string, Series['points']>();
	for (const row of rows) {
		let points = byMarket.get(row.market);
		if (!points) byMarket.set(row.market, (points = []));
		points.push({ date: row.date, value: row.value });
	}
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
