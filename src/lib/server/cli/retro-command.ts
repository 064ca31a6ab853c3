import { appContext } from '../app-context';
import { findCampaign } from '../campaign-store';
import { serverConfig } from '../config';
import { retroOf, retroText } from '../retro/retro-service';
import type { Command } from './arguments';

/**
 * `parallax retro`: a stored campaign's retrospective as Markdown or a standalone HTML page,
 * the very text the page's download links give for the same as-of day and N.
 */
export async function runRetro(command: Extract<Command, { command: 'retro' }>): Promise<string> {
	const context = await appContext(serverConfig());
	const campaign = findCampaign(context.db, command.campaign);
	if (!campaign) throw new Error(`no campaign with id ${JSON.stringify(command.campaign)}`);
	const document = await retroOf(context, campaign, { asOf: command.asOf, days: command.days });
	return retroText(document, command.format);
}
