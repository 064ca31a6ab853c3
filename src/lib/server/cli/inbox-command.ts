import { setTimeout as sleep } from 'node:timers/promises';
import { appContext } from '../app-context';
import { findCampaign } from '../campaign-store';
import { serverConfig } from '../config';
import { InboxScanner, type InboxOutcome } from '../inbox/inbox-scanner';
import { inboxDir } from '../inbox/inbox-folder';
import type { Command } from './arguments';

// Without a running poller's interval, how long a file must hold still to count as complete.
const DEFAULT_SETTLE_MS = 2000;

/**
 * `parallax inbox --campaign ID`: processes a campaign's inbox once, for cron jobs and scripts.
 * It looks twice, one poll interval apart, and handles the files that held still in between,
 * exactly as the server's poller does. Run it where no server polls the same data directory
 * (PARALLAX_INBOX_POLL_MS=0 there), or the two race for the same files.
 */
export async function runInbox(command: Extract<Command, { command: 'inbox' }>): Promise<string> {
	const config = serverConfig();
	const context = await appContext(config);
	if (!findCampaign(context.db, command.campaign))
		throw new Error(`no campaign with id ${JSON.stringify(command.campaign)}`);
	const scanner = new InboxScanner(context);
	await scanner.scan([command.campaign]);
	await sleep(config.inboxPollMs > 0 ? config.inboxPollMs : DEFAULT_SETTLE_MS);
	const outcomes = await scanner.scan([command.campaign]);
	if (command.json) return JSON.stringify(outcomes.map(toJson), null, 2);
	if (outcomes.length === 0)
		return `nothing to import in ${inboxDir(config.dataDir, command.campaign)}`;
	return outcomes.map(formatOutcome).join('\n');
}

function formatOutcome(outcome: InboxOutcome): string {
	switch (outcome.status) {
		case 'imported': {
			const { rows } = outcome.report;
			const stored = outcome.importId === null ? ', already imported before' : '';
			return `imported ${outcome.file}: ${rows.loaded} rows loaded, ${rows.rejected} rejected, ${rows.replaced} replaced${stored}`;
		}
		case 'waiting':
			return `waiting ${outcome.file}: ${outcome.note}`;
		case 'failed':
			return `failed ${outcome.file}: ${outcome.reason}`;
	}
}

/** The JSON line of one outcome: the import's report whole, so rejects can be read by scripts. */
function toJson(outcome: InboxOutcome) {
	const { campaignId, ...rest } = outcome;
	return { campaign: campaignId, ...rest };
}
