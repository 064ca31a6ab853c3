import type { Engine } from '$lib/engine/engine';
import type { FxRate } from '$lib/domain/campaign';
import { fxTableSql } from '$lib/sql/fx-table-sql';
import { scoringBaseSql } from '$lib/sql/scoring-base-sql';
import { dailyRollupSql } from '$lib/sql/chart-series-sql';

/** Names of a campaign's tables in the browser engine. */
export interface FactsTables {
	facts: string;
	daily: string;
	/** The daily roll-up with money as stored, in each market's own currency (one market at a time). */
	dailyLocal: string;
	/** The roll-up scores are computed from (see scoringBaseSql). */
	scoring: string;
	/** FX rates, or null when the campaign has none (one currency). */
	fx: string | null;
}

/**
 * The campaign's facts in the page's DuckDB: fetched once per data version as Arrow IPC,
 * with the daily roll-up every chart reads. Status is observable state for the page.
 */
export class CampaignFacts {
	#status = $state<'idle' | 'loading' | 'ready' | 'failed'>('idle');
	#error = $state<string | null>(null);
	#loadedVersion = $state<string | null>(null);
	/** The load under way, if any: a page's effects may ask again before the first one is done. */
	#pending: { key: string; done: Promise<FactsTables> } | null = null;

	get status() {
		return this.#status;
	}
	get error() {
		return this.#error;
	}
	/** Which data version is in the engine (changes after an import). */
	get version() {
		return this.#loadedVersion;
	}

	/**
	 * Loads the campaign's facts (and FX table) unless this version is already loaded. Loads run
	 * one at a time: a second call for the version being loaded waits for it, and one for
	 * another version starts when it ends, so that two loads never drop and create the same
	 * tables at once.
	 */
	load(
		engine: Engine,
		campaignId: string,
		version: string,
		fx: FxRate[],
		reportingCurrency: string,
		fetcher: typeof fetch = fetch
	): Promise<FactsTables> {
		const key = `${campaignId}\u0000${version}`;
		if (this.#pending?.key === key) return this.#pending.done;
		const previous = this.#pending?.done.catch(() => undefined) ?? Promise.resolve();
		const done = previous.then(() =>
			this.#load(engine, campaignId, version, fx, reportingCurrency, fetcher)
		);
		const pending = { key, done };
		this.#pending = pending;
		void done
			.catch(() => undefined)
			.finally(() => {
				if (this.#pending === pending) this.#pending = null;
			});
		return done;
	}

	async #load(
		engine: Engine,
		campaignId: string,
		version: string,
		fx: FxRate[],
		reportingCurrency: string,
		fetcher: typeof fetch = fetch
	): Promise<FactsTables> {
		const tables = tablesFor(campaignId, fx.length > 0);
		if (this.#loadedVersion === version) return tables;
		this.#status = 'loading';
		this.#error = null;
		try {
			const response = await fetcher(
				`/campaigns/${encodeURIComponent(campaignId)}/facts.arrow?v=${encodeURIComponent(version)}`
			);
			if (!response.ok)
				throw new Error(`the campaign's data could not be fetched (HTTP ${response.status})`);
			await engine.loadArrow(tables.facts, new Uint8Array(await response.arrayBuffer()));
			if (tables.fx) await engine.exec(fxTableSql(tables.fx, fx, reportingCurrency));
			await engine.exec(dailyRollupSql(tables.facts, tables.fx, tables.daily));
			await engine.exec(dailyRollupSql(tables.facts, null, tables.dailyLocal));
			await engine.exec(scoringBaseSql(tables.facts, tables.fx, tables.scoring));
			this.#loadedVersion = version;
			this.#status = 'ready';
			return tables;
		} catch (error) {
			this.#status = 'failed';
			this.#error = error instanceof Error ? error.message : String(error);
			throw error;
		}
	}
}

function tablesFor(campaignId: string, withFx: boolean): FactsTables {
	return {
		facts: `facts_${campaignId}`,
		daily: `daily_${campaignId}`,
		dailyLocal: `daily_local_${campaignId}`,
		scoring: `scoring_${campaignId}`,
		fx: withFx ? `facts_${campaignId}_fx` : null
	};
}
