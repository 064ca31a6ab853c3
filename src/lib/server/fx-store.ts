import { fxRateSchema, type FxRate } from '$lib/domain/campaign';
import type { Db } from './database';

/** Replaces a campaign's FX table. */
export function saveFxRates(db: Db, campaignId: string, rates: FxRate[]): void {
	const insert = db.prepare(
		'INSERT INTO fx_rate (campaign_id, date, currency, rate) VALUES (?, ?, ?, ?)'
	);
	db.transaction(() => {
		db.prepare('DELETE FROM fx_rate WHERE campaign_id = ?').run(campaignId);
		for (const rate of rates) insert.run(campaignId, rate.date, rate.currency, rate.rate);
	})();
}

/** A campaign's FX table: reporting-currency units per unit of each currency, per day. */
export function listFxRates(db: Db, campaignId: string): FxRate[] {
	return db
		.prepare(
			'SELECT date, currency, rate FROM fx_rate WHERE campaign_id = ? ORDER BY date, currency'
		)
		.all(campaignId) as FxRate[];
}

/** Reads `date,currency,rate` CSV text (the sample's fx.csv) into checked rates. */
export function parseFxCsv(text: string): FxRate[] {
	const [header, ...lines] = text.trim().split(/\r?\n/);
	if (header?.trim() !== 'date,currency,rate')
		throw new Error(`fx.csv: expected the header date,currency,rate`);
	return lines.map((line, i) => {
		const [date, currency, rate] = line.split(',');
		const parsed = fxRateSchema.safeParse({ date, currency, rate: Number(rate) });
		if (!parsed.success)
			throw new Error(`fx.csv line ${i + 2}: ${parsed.error.issues[0]?.message}`);
		return parsed.data;
	});
}
