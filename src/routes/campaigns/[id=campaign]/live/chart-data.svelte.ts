import { schemeTableau10 } from 'd3';
import { colorForMarket } from '$lib/charts/market-colors';
import type { Series } from '$lib/charts/time-series';
import type { FxRate } from '$lib/domain/campaign';
import type { ChartMetric } from '$lib/domain/chart-metrics';
import { browserEngine } from '$lib/engine/browser-engine';
import { m } from '$lib/paraglide/messages';
import {
	chartSeriesSql,
	otherGrainsSql,
	platformsSql,
	type SeriesFilters
} from '$lib/sql/chart-series-sql';
import { splitSeriesSql, type SplitDimension } from '$lib/sql/split-series-sql';
import { CampaignFacts } from '$lib/state/campaign-facts.svelte';
import { toSeries, toSplitSeries } from './to-series';

/** What the live chart shows; a change to any of it queries the series again. */
export interface ChartRequest {
	/** The data version (it changes after an import). */
	version: string;
	metric: ChartMetric;
	/** Money in the one shown market's own currency instead of the reporting currency. */
	localMoney: boolean;
	/** A line per platform, creator or variant of `market`; null for a line per market. */
	split: SplitDimension | null;
	/** The one market shown, or null. */
	market: string | null;
	filters: SeriesFilters;
}

/** What a query needs of the campaign besides the request: where its data is, how to name lines. */
export interface ChartCampaign {
	id: string;
	fx: FxRate[];
	reportingCurrency: string;
	markets: readonly { code: string; name: string }[];
	creators: readonly { id: string; handle: string }[];
}

/** Rows of a grain other than days, which the daily chart leaves out. */
export type OtherGrain = { grain: string; rows: number };

/**
 * The live chart's data, read from the campaign's facts in the page's DuckDB: the series for
 * the current request, and what the data holds (its platforms, rows of other grains). Each
 * new request replaces the series in place, so the chart redraws without losing its state.
 */
export class ChartData {
	#facts = new CampaignFacts();
	#series = $state<Series[]>([]);
	#platforms = $state<string[]>([]);
	#otherGrains = $state<OtherGrain[]>([]);
	#queryError = $state<string | null>(null);
	/** The data version that platforms and other grains were read from. */
	#describedVersion: string | null = null;
	/** The number of the newest query: an older one that ends later must not draw over it. */
	#newest = 0;

	/**
	 * Queries whenever the request changes; construct it while a component initialises.
	 * @param request read in an effect: every value it reads is a dependency
	 * @param campaign read once a query runs, untracked (it changes only with the version)
	 */
	constructor(request: () => ChartRequest, campaign: () => ChartCampaign) {
		$effect(() => {
			const asked = request();
			void this.#query(asked, campaign);
		});
	}

	/** One line per market, or per value of the split. */
	get series(): Series[] {
		return this.#series;
	}

	/** The platforms present in the data. */
	get platforms(): string[] {
		return this.#platforms;
	}

	/** Rows the daily chart leaves out, per grain. */
	get otherGrains(): OtherGrain[] {
		return this.#otherGrains;
	}

	/** The facts are loading and nothing has been drawn yet. */
	get loading(): boolean {
		return this.#facts.status === 'loading' && this.#series.length === 0;
	}

	/** Why the facts could not be loaded or queried, or null. */
	get error(): string | null {
		return this.#facts.error ?? this.#queryError;
	}

	async #query(request: ChartRequest, campaign: () => ChartCampaign): Promise<void> {
		const ticket = ++this.#newest;
		const stale = () => ticket !== this.#newest;
		try {
			const engine = await browserEngine();
			const { id, fx, reportingCurrency, markets, creators } = campaign();
			const tables = await this.#facts.load(engine, id, request.version, fx, reportingCurrency);
			// What the data holds changes only with its version, not with a filter: asked once.
			if (this.#describedVersion !== request.version) {
				this.#platforms = (
					await engine.query<{ platform: string }>(platformsSql(tables.daily))
				).map((r) => r.platform);
				this.#otherGrains = await engine.query<OtherGrain>(otherGrainsSql(tables.facts));
				this.#describedVersion = request.version;
			}
			const rollup = request.localMoney ? tables.dailyLocal : tables.daily;
			if (request.split && request.market) {
				const table = request.split === 'platform' ? rollup : tables.scoring;
				const rows = await engine.query<{
					date: string;
					series: string | null;
					value: number | null;
				}>(splitSeriesSql(table, request.metric, request.market, request.split, request.filters));
				if (stale()) return;
				const label = splitLabel(request.split, creators);
				this.#series = toSplitSeries(rows, label, m.live_split_none(), schemeTableau10);
			} else {
				const rows = await engine.query<{ date: string; market: string; value: number | null }>(
					chartSeriesSql(rollup, request.metric, request.filters)
				);
				if (stale()) return;
				this.#series = toSeries(rows, markets, colorForMarket);
			}
			this.#queryError = null;
		} catch (error) {
			if (stale()) return;
			console.error(error);
			this.#queryError = error instanceof Error ? error.message : String(error);
		}
	}
}

/** A split line's name: a creator's handle, a variant's label, a platform as it is. */
function splitLabel(
	split: SplitDimension,
	creators: ChartCampaign['creators']
): (value: string) => string {
	return (value) => {
		if (split === 'creator_id') {
			const creator = creators.find((c) => c.id === value);
			return creator ? `@${creator.handle}` : value;
		}
		return split === 'variant' ? m.live_split_variant({ variant: value }) : value;
	};
}
