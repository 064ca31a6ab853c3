import { serverConfig, type ServerConfig } from './config';
import { openDatabase, type Db } from './database';
import { FactsService } from './facts-service';
import { ensureSampleCampaign } from './sample-campaign';

/** What every server route needs: settings, the SQLite store and the facts service. */
export interface AppContext {
	config: ServerConfig;
	db: Db;
	facts: FactsService;
}

const contexts = new Map<string, Promise<AppContext>>();

/**
 * The context for a data directory, created once per process: the database is migrated and
 * the sample campaign seeded before the first request is answered.
 */
export function appContext(config: ServerConfig = serverConfig()): Promise<AppContext> {
	let context = contexts.get(config.dataDir);
	if (!context) {
		context = (async () => {
			const db = openDatabase(config.dataDir);
			const facts = new FactsService(db, config.dataDir);
			await ensureSampleCampaign(db, facts, config.sampleDir);
			return { config, db, facts };
		})();
		contexts.set(config.dataDir, context);
		context.catch(() => contexts.delete(config.dataDir));
	}
	return context;
}
