import { fxRateSchema, type FxRate } from '$lib/domain/campaign';
import { readFxCsv } from '$lib/domain/fx-csv';
import { problemText } from '$lib/i18n/problem-text';
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

/** Sets rates of a campaign, each replacing the rate of its day and currency if there was one. */
export function upsertFxRates(db: Db, campaignId: string, rates: readonly FxRate[]): void {
	const upsert = db.prepare(
		`INSERT INTO fx_rate (campaign_id, date, currency, rate) VALUES (?, ?, ?, ?)
		ON CONFLICT (campaign_id, date, currency) DO UPDATE SET rate = excluded.rate`
	);
	db.transaction(() => {
		for (const rate of rates) {
			const valid = fxRateSchema.parse(rate);
			upsert.run(campaignId, valid.date, valid.currency, valid.rate);
		}
	})();
}

/** Removes a currency's rates from `from` to `to` (inclusive); returns how many there were. */
export function deleteFxRates(
	db: Db,
	campaignId: string,
	currency: string,
	from: string,
	to: string
): number {
	return db
		.prepare(
			'DELETE FROM fx_rate WHERE campaign_id = ? AND currency = ? AND date >= ? AND date <= ?'
		)
		.run(campaignId, currency, from, to).changes;
}

/** Reads an FX file (the sample's fx.csv) into checked rates; throws naming the first bad line. */
export function parseFxCsv(text: string): FxRate[] {
	const { rates, problems } = readFxCsv(text);
	const [problem] = problems;
	if (problem)
		throw new Error(`fx.csv line ${problem.line}: ${problemText(problem.problem, 'en')}`);
	return rates;
}
