import fs from 'node:fs';
import path from 'node:path';
import { campaignSchema, type Campaign } from '$lib/domain/campaign';
import { findCampaign, saveCampaign } from './campaign-store';
import type { Db } from './database';
import type { FactsService } from './facts-service';
import { parseFxCsv, saveFxRates } from './fx-store';
import { ensureSampleCreators } from './sample-creators';

/** The id of the campaign shipped with the app. */
export const SAMPLE_CAMPAIGN_ID = 'sample';

/**
 * Puts the shipped sample campaign into a fresh install: its definition from campaign.json
 * and its facts imported file by file through the same import as any upload.
 */
export async function ensureSampleCampaign(
	db: Db,
	facts: FactsService,
	sampleDir: string
): Promise<Campaign | null> {
	const existing = findCampaign(db, SAMPLE_CAMPAIGN_ID);
	if (existing) {
		ensureSampleCreators(db, existing, sampleDir);
		return existing;
	}
	const definition = path.join(sampleDir, 'campaign.json');
	if (!fs.existsSync(definition)) return null;
	const campaign = campaignSchema.parse(JSON.parse(fs.readFileSync(definition, 'utf8')));
	saveCampaign(db, campaign);
	const fx = path.join(sampleDir, 'fx.csv');
	if (fs.existsSync(fx)) saveFxRates(db, campaign.id, parseFxCsv(fs.readFileSync(fx, 'utf8')));
	ensureSampleCreators(db, campaign, sampleDir);
	const factsDir = path.join(sampleDir, 'facts');
	const files = fs.existsSync(factsDir)
		? fs
				.readdirSync(factsDir)
				.filter((f) => f.endsWith('.csv'))
				.sort()
		: [];
	for (const file of files) {
		const bytes = fs.readFileSync(path.join(factsDir, file));
		await facts.importFile(campaign, bytes, { fileName: `sample/${file}` }, 'sample');
	}
	return campaign;
}
