/**
 * A Meta Ads Manager export shaped like tests/fixtures/exports/meta_ads-en.csv, of any length,
 * for the inbox's tests: `days` × the markets × `ads` rows, plus one row whose impressions are
 * not a number (so the import has a reject to show).
 */
export function metaExport(days: number, markets: readonly string[], ads: number) {
	const header =
		'Reporting starts,Reporting ends,Campaign name,Ad set name,Ad name,Day,Country,Platform,' +
		'Campaign delivery,Attribution setting,Results,Result indicator,Reach,Frequency,' +
		'Cost per results,Amount spent (USD),Impressions,"CPM (cost per 1,000 impressions) (USD)",' +
		'Link clicks,CPC (cost per link click) (USD),CTR (link click-through rate),Clicks (all),' +
		'CTR (all),CPC (all) (USD),Landing page views';
	const lines = [header];
	let impressions = 0;
	for (let day = 0; day < days; day++) {
		const date = new Date(Date.UTC(2026, 3, 1 + day)).toISOString().slice(0, 10);
		for (const market of markets) {
			for (let ad = 1; ad <= ads; ad++) {
				const shown = 1000 + day * 10 + ad;
				impressions += shown;
				lines.push(
					`${date},${date},Inbox Test,${market} - Set ${ad},${market.toLowerCase()}_creator reel ${ad},${date},${market},instagram,active,7-day click or 1-day view,5,actions:link_click,800,1.25,1.5,7.50,${shown},7.5,5,1.5,0.5,9,0.9,0.83,4`
				);
			}
		}
	}
	const bad = new Date(Date.UTC(2026, 3, 1 + days)).toISOString().slice(0, 10);
	lines.push(
		`${bad},${bad},Inbox Test,US - Set 1,us_creator reel 1,${bad},US,instagram,active,7-day click or 1-day view,5,actions:link_click,800,1.25,1.5,7.50,twelve,7.5,5,1.5,0.5,9,0.9,0.83,4`
	);
	return {
		text: `${lines.join('\n')}\n`,
		loaded: days * markets.length * ads,
		impressions,
		/** Physical line of the row that is rejected. */
		rejectedLine: lines.length
	};
}
