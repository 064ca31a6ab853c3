import fs from 'node:fs';
import path from 'node:path';
import type { Campaign } from '$lib/domain/campaign';
import { readCreatorsCsv } from '$lib/domain/creators-csv';
import { problemText } from '$lib/i18n/problem-text';
import { countCreatorsByMarket, saveCreators } from './creator-store';
import type { Db } from './database';

/**
 * Puts the sample's creators.csv into the creator table while the sample has none (a fresh
 * install, or one made before creators were stored). The shipped file must read cleanly.
 */
export function ensureSampleCreators(db: Db, campaign: Campaign, sampleDir: string): number {
	const file = path.join(sampleDir, 'creators.csv');
	if (!fs.existsSync(file)) return 0;
	if (Object.keys(countCreatorsByMarket(db, campaign.id)).length > 0) return 0;
	const read = readCreatorsCsv(
		fs.readFileSync(file, 'utf8'),
		campaign.markets.map((m) => m.code)
	);
	const [problem] = read.problems;
	if (problem)
		throw new Error(`creators.csv line ${problem.line}: ${problemText(problem.problem, 'en')}`);
	return saveCreators(db, campaign.id, read.creators).added;
}
