import { appContext } from '../app-context';
import { findCampaign } from '../campaign-store';
import { serverConfig } from '../config';
import { liveSummary } from '../live/live-summary';
import type { Command } from './arguments';
import { formatLive, liveDocument } from './live-document';

type LiveCommand = Extract<Command, { command: 'live' }>;

/** `parallax live`: a stored campaign's live view on its as-of day. */
export async function runLive(command: LiveCommand): Promise<string> {
	const context = await appContext(serverConfig());
	const campaign = findCampaign(context.db, command.campaign);
	if (!campaign) throw new Error(`no campaign with id ${JSON.stringify(command.campaign)}`);
	const document = liveDocument(await liveSummary(context, campaign, { asOf: command.asOf }));
	return command.json ? JSON.stringify(document, null, 2) : formatLive(document);
}
