/**
 * Writes the Arrow IPC stream the live page fetches (`/campaigns/<id>/facts.arrow`) for one
 * benchmark CSV, through the server's own code: the sample campaign in a throwaway data folder,
 * the CSV imported by FactsService as an upload is, and FactsService.factsArrow's bytes saved.
 *
 *   npx tsx --tsconfig tsconfig.json bench/live/facts-arrow.ts --csv IN.csv --out OUT.arrow
 */
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { campaignSchema } from '$lib/domain/campaign';
import { saveCampaign } from '$lib/server/campaign-store';
import { closeDatabase, openDatabase } from '$lib/server/database';
import { FactsService } from '$lib/server/facts-service';
import sampleCampaign from '../../data/sample/campaign.json';

async function main(): Promise<void> {
	const { values } = parseArgs({ options: { csv: { type: 'string' }, out: { type: 'string' } } });
	if (!values.csv || !values.out) throw new Error('usage: facts-arrow.ts --csv IN.csv --out OUT');
	const campaign = campaignSchema.parse(sampleCampaign);
	const dataDir = mkdtempSync(join(tmpdir(), 'parallax-bench-live-'));
	try {
		const db = openDatabase(dataDir);
		saveCampaign(db, campaign);
		const facts = new FactsService(db, dataDir);
		const started = performance.now();
		const { report } = await facts.importFile(
			campaign,
			readFileSync(values.csv),
			{ fileName: basename(values.csv) },
			'cli'
		);
		if (report.rows.rejected > 0 || report.rows.loaded === 0)
			throw new Error(`import of ${values.csv}: ${JSON.stringify(report.rows)}`);
		const ipc = await facts.factsArrow(campaign.id);
		// Written under another name first, so that a stopped run leaves no half file to reuse.
		writeFileSync(`${values.out}.tmp`, ipc);
		renameSync(`${values.out}.tmp`, values.out);
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		console.error(`${values.out}: ${report.rows.loaded} rows imported and written in ${seconds} s`);
		closeDatabase(dataDir);
	} finally {
		rmSync(dataDir, { recursive: true, force: true });
	}
}

main().then(
	// The facts service keeps its engine open: end the process once the file is written.
	() => process.exit(0),
	(error) => {
		console.error(error instanceof Error ? (error.stack ?? error.message) : error);
		process.exit(1);
	}
);
