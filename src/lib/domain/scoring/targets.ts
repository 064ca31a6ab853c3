import type { Kpi } from '../definitions';
import { daysInRange, overlapDays, type DateRange } from './date-range';

/** The first and last day of a campaign, as ISO dates. */
export interface CampaignDates {
	start: string;
	end: string;
}

/** The target a KPI is held to over a range, and the rule that produced it, in words. */
export interface EffectiveTarget {
	target: number;
	rule: string;
}

// en-US whatever the machine's locale, so that rules read the same in every test and export.
const plainNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

function formatTarget(kpi: Pick<Kpi, 'target' | 'unit' | 'currency'>): string {
	if (kpi.unit === 'percent') return `${plainNumber.format(kpi.target * 100)}%`;
	if (kpi.unit === 'currency')
		return `${plainNumber.format(kpi.target)} ${kpi.currency ?? ''}`.trim();
	return plainNumber.format(kpi.target);
}

function formatDays(days: number): string {
	return days === 1 ? '1 day' : `${plainNumber.format(days)} days`;
}

/**
 * The target of a KPI for the range being scored. A count target is set for a period and
 * pro-rated by days: a campaign target by the share of the campaign's days inside the range,
 * a daily target by the days of the range, a weekly one by the days of the range over 7.
 * Rates, ratios and money targets hold for any range as they are.
 */
export function effectiveTarget(
	kpi: Pick<Kpi, 'target' | 'unit' | 'currency' | 'period'>,
	range: DateRange,
	campaign: CampaignDates
): EffectiveTarget {
	const stated = formatTarget(kpi);
	if (kpi.unit !== 'count')
		return { target: kpi.target, rule: `${stated}, the same for any range` };

	const rangeDays = daysInRange(range.from, range.to);
	if (kpi.period === 'day') {
		return { target: kpi.target * rangeDays, rule: `${stated} a day for ${formatDays(rangeDays)}` };
	}
	if (kpi.period === 'week') {
		return {
			target: (kpi.target * rangeDays) / 7,
			rule: `${stated} a week, pro-rated to ${formatDays(rangeDays)}`
		};
	}

	const campaignDays = daysInRange(campaign.start, campaign.end);
	const sharedDays = overlapDays(range, { from: campaign.start, to: campaign.end });
	const forCampaign = `${stated} for the campaign's ${formatDays(campaignDays)}`;
	if (sharedDays === campaignDays) return { target: kpi.target, rule: forCampaign };
	return {
		target: (kpi.target * sharedDays) / campaignDays,
		rule: `${forCampaign}, pro-rated to ${formatDays(sharedDays)}`
	};
}
