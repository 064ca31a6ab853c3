import { compareWindows, type WindowComparison } from './decision-effects';
import { DEFINITIONS } from './definitions';
import { BR_BUDGET_SHIFT, MX_DAILY_CAP, PLANTED_EVENTS } from './events';
import { measureEvents, type EventSize } from './event-sizes';
import type { FactRow } from './facts';
import { toFxLookup } from './fx';
import { MARKET_CODES, getMarketProfile, type MarketCode } from './markets';
import { sumFacts, type FactTotals } from './metrics';
import type { SampleTables } from './sample-tables';
import { readUnderDefinition, type DefinitionReading } from './scoring';
import { measureSourcingEffect, type SourcingEffect } from './sourcing-effect';
import { analyseSplitTest, type SplitTestResult } from './split-test';
import { addDays } from './calendar';

/** What the generated sample shows: the numbers the README and the annotations quote. */
export interface SampleFindings {
	totals: Record<MarketCode, FactTotals>;
	/** Every market read under every definition (the cross-read matrix). */
	crossRead: { market: MarketCode; reading: DefinitionReading }[];
	splitTest: SplitTestResult[];
	sourcing: SourcingEffect[];
	events: EventSize[];
	decisions: { brShift: WindowComparison; mxCap: WindowComparison };
	/** Local-currency spend against budget, per market. */
	pacing: { market: MarketCode; spend: number; budget: number; share: number }[];
	viralContentId: string;
}

/** Measures the generated sample. */
export function measureSample(tables: SampleTables): SampleFindings {
	const usdRate = toFxLookup(tables.fx);
	const rows: FactRow[] = MARKET_CODES.flatMap((market) => tables.facts[market]);
	const totals = Object.fromEntries(
		MARKET_CODES.map((market) => [market, sumFacts(tables.facts[market], usdRate)])
	) as Record<MarketCode, FactTotals>;
	const crossRead = MARKET_CODES.flatMap((market) =>
		DEFINITIONS.map((definition) => ({
			market,
			reading: readUnderDefinition(definition, totals[market])
		}))
	);
	const dayBefore = (date: string) => addDays(date, -1);
	return {
		totals,
		crossRead,
		splitTest: analyseSplitTest(rows),
		sourcing: measureSourcingEffect(rows, tables.creators),
		events: measureEvents(rows, PLANTED_EVENTS),
		decisions: {
			brShift: compareWindows(
				rows,
				{ market: BR_BUDGET_SHIFT.market, platforms: ['tiktok'] },
				'spend',
				['2026-11-09', dayBefore(BR_BUDGET_SHIFT.from)],
				[BR_BUDGET_SHIFT.from, '2026-11-22'],
				usdRate
			),
			mxCap: compareWindows(
				rows,
				{ market: MX_DAILY_CAP.market },
				'spend',
				['2026-11-09', dayBefore(MX_DAILY_CAP.from)],
				[MX_DAILY_CAP.from, '2026-11-22'],
				usdRate
			)
		},
		pacing: MARKET_CODES.map((market) => {
			const spend = tables.facts[market].reduce((sum, row) => sum + row.spend, 0);
			const { budget } = getMarketProfile(market);
			return { market, spend, budget, share: spend / budget };
		}),
		viralContentId: tables.viralContentId
	};
}

/**
 * The patterns the sample is built to show, each as a sentence that is true or not; the
 * generator refuses to write a sample that breaks one.
 */
export function checkPlantedPatterns(findings: SampleFindings): string[] {
	const problems: string[] = [];
	const markets = findings.splitTest.filter((result) => result.scope !== 'pooled');
	const pooled = findings.splitTest.find((result) => result.scope === 'pooled');
	const bWins = markets.filter((result) => result.lift > 0).length;
	if (bWins < 4) problems.push(`creative B wins in ${bWins} markets, expected at least 4`);
	if (!pooled || pooled.lift >= 0)
		problems.push('pooled CTR does not favour A (no Simpson reversal)');
	for (const result of markets) {
		const mismatch = result.rowSplitP < 0.001;
		if (mismatch !== (result.scope === 'AR')) {
			problems.push(`${result.scope}: row split p = ${result.rowSplitP.toExponential(2)}`);
		}
	}
	for (const effect of findings.sourcing) {
		const planted = getMarketProfile(effect.market).networkLift > 1.1;
		if (planted && effect.lift < 0.1)
			problems.push(`${effect.market}: sourcing lift ${effect.lift.toFixed(3)} too small`);
		if (!planted && Math.abs(effect.lift) > 0.1)
			problems.push(
				`${effect.market}: sourcing lift ${effect.lift.toFixed(3)} without a planted effect`
			);
	}
	const mx = findings.crossRead.filter((cell) => cell.market === 'MX');
	const erVerdict = (definition: string, metric: string) =>
		mx
			.find((cell) => cell.reading.definition === definition)
			?.reading.kpis.find((kpi) => kpi.metric === metric)?.verdict;
	if (erVerdict('us-brand', 'er_impressions') !== 'off target')
		problems.push('MX engagement is not off target under the US brand definition');
	if (erVerdict('latam-partner', 'er_reach') !== 'on target')
		problems.push('MX engagement is not on target under the LATAM partner definition');
	for (const size of findings.events) {
		const visible = (ratio: number) =>
			size.event.kind === 'spike' ? ratio >= 1.8 || ratio === 0 : ratio <= 0.6;
		if (!visible(size.ratio) || !visible(size.typicalRatio)) {
			problems.push(
				`${size.event.id}: ratios ${size.ratio.toFixed(2)}, ${size.typicalRatio.toFixed(2)} too small to see`
			);
		}
	}
	const change = ({ before, after }: WindowComparison) =>
		before === null || after === null ? 0 : after - before;
	if (change(findings.decisions.mxCap) >= 0)
		problems.push('MX daily spend did not fall after the cap');
	if (change(findings.decisions.brShift) <= 0) {
		problems.push('BR TikTok daily spend did not rise after the shift');
	}
	return problems;
}
