import fs from 'node:fs';
import { appContext } from '../app-context';
import { readBackup } from '../backup/backup-codec';
import { BackupError, type CampaignBackup } from '../backup/backup-format';
import { CampaignConflict, importCampaign, type RestoreSummary } from '../backup/import-campaign';
import { serverConfig } from '../config';
import type { Command } from './arguments';

/**
 * `parallax import-campaign <file> [--as ID]`: imports a campaign backup into the data
 * directory; a second import of the same file changes nothing.
 */
export async function runImportCampaign(
	command: Extract<Command, { command: 'import-campaign' }>
): Promise<string> {
	// Read and checked before the data directory is opened: a damaged file touches nothing.
	const backup = readBackupFile(command.file);
	const context = await appContext(serverConfig());
	let summary: RestoreSummary;
	try {
		summary = await importCampaign(context, backup, { as: command.as, by: null });
	} catch (error) {
		if (error instanceof CampaignConflict)
			throw new Error(`${error.message} with --as NEW_ID`, { cause: error });
		throw error;
	}
	return command.json ? JSON.stringify(summary, null, 2) : formatSummary(command.file, summary);
}

function readBackupFile(file: string): CampaignBackup {
	if (!fs.existsSync(file)) throw new Error(`${file}: no such file`);
	try {
		return readBackup(new Uint8Array(fs.readFileSync(file)));
	} catch (error) {
		if (error instanceof BackupError)
			throw new Error(`${file}: ${error.message}`, { cause: error });
		throw error;
	}
}

function formatSummary(file: string, summary: RestoreSummary): string {
	const changes = Object.entries(summary.changed)
		.filter(([, n]) => n > 0)
		.map(([item, n]) => `${n} ${ITEM_NAMES[item as keyof RestoreSummary['changed']]}`);
	const what = summary.created
		? `created campaign ${summary.campaignId} (${summary.name})`
		: changes.length === 0
			? `campaign ${summary.campaignId} already holds everything in ${file}; nothing changed`
			: `updated campaign ${summary.campaignId} (${summary.name})`;
	const detail = changes.length > 0 ? `\n  added or changed: ${changes.join(', ')}` : '';
	return `${what}${detail}\n  facts: ${summary.factRows} rows`;
}

const ITEM_NAMES: Record<keyof RestoreSummary['changed'], string> = {
	accounts: 'accounts (cannot sign in)',
	settings: 'settings',
	fxRates: 'FX rates',
	imports: 'imports',
	definitionVersions: 'definition versions',
	metrics: 'metrics',
	annotations: 'annotations',
	memberships: 'memberships',
	creators: 'creators',
	experiments: 'split tests',
	sourcingRecords: 'sourcing records',
	approvalRecords: 'approval records'
};
