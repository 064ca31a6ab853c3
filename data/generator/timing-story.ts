import type { Campaign } from '../../src/lib/domain/campaign';
import { readApprovalsCsv } from '../../src/lib/domain/timeline/approvals-csv';
import { computeTiming, type TimingValues } from '../../src/lib/domain/timeline/compute-timing';
import { readSourcingCsv } from '../../src/lib/domain/timeline/sourcing-csv';
import { TIMING_METRICS } from '../../src/lib/domain/timeline/timing-metrics';

/** The timing metrics of the written sample, read back through the app's own readers. */
export interface TimingStory {
	timing: Record<string, TimingValues>;
	problems: string[];
}

/**
 * Reads sourcing.csv and approvals.csv as an import would and checks the story data/README.md
 * tells: every record loads; cold outreach is slower in each LATAM market than in the US; each
 * LATAM market needs more revision rounds and approves fewer first drafts than the US; and only
 * Argentina (creative B's legal hold) has content approved after its due day.
 */
export function measureTimingStory(campaign: Campaign, files: Record<string, string>): TimingStory {
	const sourcing = readSourcingCsv(files['sourcing.csv'] ?? '', campaign.markets);
	const approvals = readApprovalsCsv(files['approvals.csv'] ?? '', campaign.markets);
	const problems: string[] = [];
	for (const [name, read] of [
		['sourcing.csv', sourcing],
		['approvals.csv', approvals]
	] as const) {
		if (read.problems.length > 0) problems.push(`${name}: ${read.problems.length} rejected cells`);
	}
	const timing = computeTiming({
		markets: campaign.markets,
		sourcing: sourcing.records,
		approvals: approvals.records
	});
	const us = timing.US!;
	for (const market of ['MX', 'BR', 'CO', 'AR']) {
		const values = timing[market]!;
		if (!((values.sourcing_days_to_agree_cold ?? 0) > (us.sourcing_days_to_agree_cold ?? 0))) {
			problems.push(`${market}: cold outreach is not slower than in the US`);
		}
		if (!((values.revision_rounds ?? 0) > (us.revision_rounds ?? 0))) {
			problems.push(`${market}: no more revision rounds than the US`);
		}
		if (!((values.first_time_approval_share ?? 1) < (us.first_time_approval_share ?? 0))) {
			problems.push(`${market}: approves as many first drafts as the US`);
		}
	}
	for (const [market, values] of Object.entries(timing)) {
		const late = (values.content_late_share ?? 0) > 0;
		if (late !== (market === 'AR'))
			problems.push(`${market}: content late share ${values.content_late_share}`);
	}
	return { timing, problems };
}

/** The timing metrics as a plain-text table, one line per market. */
export function formatTimingStory(timing: Record<string, TimingValues>): string {
	const ids = TIMING_METRICS.map((metric) => metric.id);
	const lines = Object.entries(timing).map(
		([market, values]) =>
			`${market}  ${ids.map((id) => (values[id] === null ? '–' : values[id]!.toFixed(2))).join('  ')}`
	);
	return ['Timing (' + ids.join(', ') + ')', ...lines].join('\n');
}
