import type { DefinitionContent, Kpi } from '../definitions';
import type { DateRange } from '../scoring/date-range';
import { scoreDefinition, type KpiScore } from '../scoring/score-definition';
import type { CampaignDates } from '../scoring/targets';

/** One creator of a market held to the market's own definition. */
export interface RankedCreator {
	creatorId: string;
	/** Weighted mean attainment of the KPIs a creator can be held to; null without data. */
	score: number | null;
	kpis: KpiScore[];
}

/** A market's creators in the order its own definition puts them, and what that order reads. */
export interface CreatorRanking {
	market: string;
	definition: { id: string; team: string; version: number };
	/** The definition's KPIs the ranking uses: those a single creator can be held to. */
	metrics: string[];
	/** KPIs left out because their target is for the whole market (a sum such as spend). */
	leftOut: string[];
	creators: RankedCreator[];
}

/** What ranking a market's creators needs. */
export interface CreatorRankingInput {
	market: string;
	definition: DefinitionContent & { version: number };
	/** True for a metric whose value does not grow with the data (see `isScaleFree`). */
	scaleFree: (metric: string) => boolean;
	range: DateRange;
	campaign: CampaignDates;
	creatorIds: readonly string[];
	/** A creator's actual for a KPI over the range. */
	actual: (creatorId: string, kpi: Kpi) => number | null;
}

/**
 * Ranks a market's creators under the market's own success definition, by the same scoring
 * as the scoreboard applied to each creator's rows. Only the KPIs that are rates can hold one
 * creator to a market's target, so the others are left out and named. Creators with no score
 * come last; ties keep the creators' id order, so the table does not reshuffle on redraw.
 */
export function rankCreators(input: CreatorRankingInput): CreatorRanking {
	const kept = input.definition.kpis.filter((kpi) => input.scaleFree(kpi.metric));
	const definition = { ...input.definition, kpis: kept };
	const creators = [...input.creatorIds].sort().map((creatorId): RankedCreator => {
		const score = scoreDefinition({
			definition,
			market: input.market,
			range: input.range,
			campaign: input.campaign,
			actual: (kpi) => input.actual(creatorId, kpi)
		});
		return { creatorId, score: score.score, kpis: score.kpis };
	});
	creators.sort((a, b) => (b.score ?? -Infinity) - (a.score ?? -Infinity));
	return {
		market: input.market,
		definition: {
			id: input.definition.id,
			team: input.definition.team,
			version: input.definition.version
		},
		metrics: kept.map((kpi) => kpi.metric),
		leftOut: input.definition.kpis
			.filter((kpi) => !input.scaleFree(kpi.metric))
			.map((kpi) => kpi.metric),
		creators
	};
}
