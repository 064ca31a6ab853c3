import { appContext } from '../app-context';
import { findCampaign } from '../campaign-store';
import { serverConfig, type ServerConfig } from '../config';
import type { ExperimentReading } from '$lib/domain/experiments/experiment-reading';
import { readExperiment, RECENT_DAYS } from '../experiments/experiment-results';
import type { Command } from './arguments';
import { formatSplit, toSplitDocument } from './split-document';

type CampaignSplitCommand = Extract<Command, { command: 'split'; source: 'campaign' }>;

/**
 * `parallax split --campaign ID --test NAME`: a stored test read from the campaign's facts, as
 * its experiments page shows it, in the document of `parallax split <file>` with what the file
 * mode cannot know beside it: the test, the markets left out and the sample still needed.
 */
export async function runCampaignSplit(
	command: CampaignSplitCommand,
	config: ServerConfig = serverConfig()
): Promise<string> {
	const context = await appContext(config);
	const campaign = findCampaign(context.db, command.campaign);
	if (!campaign) throw new Error(`no campaign with id ${JSON.stringify(command.campaign)}`);
	const experiment = context.experiments.lookup(campaign.id, command.test);
	if (!experiment) {
		const names = context.experiments.list(campaign.id).map((t) => JSON.stringify(t.content.name));
		throw new Error(
			`campaign ${JSON.stringify(campaign.id)} has no test ${JSON.stringify(command.test)}; ` +
				(names.length > 0 ? `its tests are ${names.join(', ')}` : 'it has no tests')
		);
	}
	const reading = await readExperiment(context, campaign, experiment);
	const document = campaignSplitDocument(campaign.id, reading);
	return command.json ? JSON.stringify(document, null, 2) : formatCampaignSplit(document);
}

/**
 * The document of a stored test: the file mode's (diff = treatment rate − control rate, rates
 * as ratios, sample-ratio checks on rows) with `experiment`, `missing`, `left_out` and `power`.
 */
export function campaignSplitDocument(campaignId: string, reading: ExperimentReading) {
	const { experiment, summary, window } = reading;
	const test = experiment.content;
	if (!summary)
		throw new Error(
			window
				? `test ${JSON.stringify(test.name)}: no market has rows of both ${test.variants.map((v) => JSON.stringify(v)).join(' and ')} with ${test.metric.denominator} from ${window.from} to ${window.to}`
				: `test ${JSON.stringify(test.name)} starts on ${test.start}, after the as-of day ${reading.asOf}`
		);
	return {
		...toSplitDocument(summary, {
			file: `campaign ${campaignId}`,
			variant: 'variant',
			control: test.variants[0],
			metric: test.metric.numerator,
			denominator: test.metric.denominator,
			by: 'market'
		}),
		experiment: {
			id: experiment.id,
			name: test.name,
			campaign: campaignId,
			variants: test.variants,
			markets: test.markets,
			metric: test.metric,
			start: test.start,
			end: test.end,
			hypothesis: test.hypothesis,
			mde: test.mde,
			as_of: reading.asOf,
			read: window,
			days_to_end: reading.daysToEnd
		},
		missing: reading.missing,
		left_out: reading.leftOut,
		power: reading.power.map((p) => ({
			group: p.group,
			effect: p.effect,
			design_effect: p.designEffect,
			needed: p.needed,
			gap: p.gap,
			have: p.have,
			daily: p.daily,
			days_left: p.daysLeft
		}))
	};
}

/** The document `campaignSplitDocument` returns. */
export type CampaignSplitDocument = ReturnType<typeof campaignSplitDocument>;

function formatCampaignSplit(document: CampaignSplitDocument): string {
	const { experiment } = document;
	const lines = [
		`${experiment.name}: ${experiment.variants[1]} against ${experiment.variants[0]} (control), ${experiment.read!.from} to ${experiment.read!.to}, as of ${experiment.as_of}`,
		formatSplit(document)
	];
	for (const market of document.missing)
		lines.push(`not read: ${market.market}: variant ${market.variant}: ${MISSING[market.reason]}`);
	for (const gap of document.left_out)
		lines.push(
			`left out: ${gap.market} ${gap.variant}: ${gap.rows} rows without ${experiment.metric.numerator} or ${experiment.metric.denominator}`
		);
	lines.push(
		'',
		`power: ${experiment.metric.denominator} each variant needs to detect a relative lift of ${(experiment.mde * 100).toFixed(1)}% (80% power, 5% level); days at the last ${RECENT_DAYS} days' traffic`
	);
	for (const market of document.power) {
		const needed = market.needed
			? `${Math.ceil(Math.max(market.needed.control, market.needed.treatment))} per variant`
			: `cannot be sized (${market.gap})`;
		const days =
			market.days_left === null ? 'never at current traffic' : `${market.days_left} days left`;
		lines.push(`  ${market.group}: ${needed}; ${days}`);
	}
	return lines.join('\n');
}

const MISSING = {
	no_rows: 'no rows',
	too_few_rows: 'a single row; rows as units need at least two',
	no_denominator: 'the denominator sums to 0'
} as const;
