import type { Kpi } from '$lib/domain/definitions';
import { daysInRange, overlapDays, type DateRange } from '$lib/domain/scoring/date-range';
import type { CampaignDates } from '$lib/domain/scoring/targets';
import { m } from '$lib/paraglide/messages';

function statedTarget(kpi: Pick<Kpi, 'target' | 'unit' | 'currency'>, locale: string): string {
	const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 });
	if (kpi.unit === 'percent') return `${number.format(kpi.target * 100)}%`;
	if (kpi.unit === 'currency') return `${number.format(kpi.target)} ${kpi.currency ?? ''}`.trim();
	return number.format(kpi.target);
}

/**
 * How a KPI's target for the range scored was reached, in the reader's language and numbers:
 * "1,000 a day for 7 days". It follows effectiveTarget, whose English words the command line
 * and the exports keep: count targets are pro-rated by days, other targets hold as they are.
 */
export function targetRule(
	kpi: Pick<Kpi, 'target' | 'unit' | 'currency' | 'period'>,
	range: DateRange,
	campaign: CampaignDates,
	locale: string
): string {
	const target = statedTarget(kpi, locale);
	if (kpi.unit !== 'count') return m.scoreboard_rule_any_range({ target });
	const days = (count: number) =>
		m.scoreboard_rule_days({ count, days: new Intl.NumberFormat(locale).format(count) });
	const rangeDays = daysInRange(range.from, range.to);
	if (kpi.period === 'day') return m.scoreboard_rule_per_day({ target, days: days(rangeDays) });
	if (kpi.period === 'week') return m.scoreboard_rule_per_week({ target, days: days(rangeDays) });
	const campaignDays = daysInRange(campaign.start, campaign.end);
	const sharedDays = overlapDays(range, { from: campaign.start, to: campaign.end });
	if (sharedDays === campaignDays) {
		return m.scoreboard_rule_campaign({ target, campaignDays: days(campaignDays) });
	}
	return m.scoreboard_rule_campaign_prorated({
		target,
		campaignDays: days(campaignDays),
		days: days(sharedDays)
	});
}
