import fs from 'node:fs';
import path from 'node:path';
import { appContext } from '../app-context';
import { exportCampaignFile } from '../backup/export-campaign';
import { serverConfig } from '../config';
import type { Command } from './arguments';

/**
 * `parallax export --campaign ID <file>`: writes the campaign's backup (docs/backup-format.md)
 * to the file, whole or not at all, and says what it holds.
 */
export async function runExport(command: Extract<Command, { command: 'export' }>): Promise<string> {
	const context = await appContext(serverConfig());
	const { bytes, holds } = await exportCampaignFile(context, command.campaign, null);
	const file = path.resolve(command.file);
	const temporary = `${file}.${process.pid}.tmp`;
	fs.writeFileSync(temporary, bytes);
	fs.renameSync(temporary, file);
	return (
		`wrote campaign ${command.campaign} to ${command.file} (${kilobytes(bytes.length)}): ` +
		`${holds.imports} imports, ${holds.definitionVersions} definition versions, ` +
		`${holds.metrics} metrics, ${holds.annotations} annotations, ${holds.members} members`
	);
}

function kilobytes(bytes: number): string {
	return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en-US')} KB`;
}
