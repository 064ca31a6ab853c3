import { serverConfig, type ServerConfig } from './config';
import { openDatabase, type Db } from './database';
import { FactsService } from './facts-service';
import { ensureSampleCampaign } from './sample-campaign';
import { ensureSampleDefinitions } from './sample-definitions';
import { ensureSamplePeople } from './sample-people';
import { DefinitionStore } from './definitions/definition-store';
import { MetricStore } from './definitions/metric-store';
import { AnnotationStore } from './annotations/annotation-store';
import { ensureSampleAnnotations } from './sample-annotations';
import { ExperimentStore } from './experiments/experiment-store';
import { ensureSampleExperiments } from './sample-experiments';
import { TimelineStore } from './timeline/timeline-store';
import { ensureSampleTimeline } from './timeline/sample-timeline';
import type { Account } from './access/accounts';
import { createPeople, type People } from './access/people';
import { campaignPulse } from './events/campaign-pulse';
import { PulseWatch } from './events/pulse-watch';

/** What every server route needs: settings, the SQLite store, the facts and the people services. */
export interface AppContext {
	config: ServerConfig;
	db: Db;
	facts: FactsService;
	people: People;
	definitions: DefinitionStore;
	metrics: MetricStore;
	annotations: AnnotationStore;
	/** The campaigns' split tests. */
	experiments: ExperimentStore;
	/** The campaigns' sourcing and approval records. */
	timeline: TimelineStore;
	/** Tells open pages when a campaign's data or annotations change. */
	pulse: PulseWatch;
	/** In single-user mode, the account every request acts as; null otherwise. */
	singleUserAccount: Account | null;
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
			const sample = await ensureSampleCampaign(db, facts, config.sampleDir);
			const people = createPeople(db);
			people.sessions.deleteExpired();
			const definitions = new DefinitionStore(db);
			const annotations = new AnnotationStore(db);
			// The demo people come with the definitions they signed and what they wrote, once.
			if (sample && definitions.latest(sample.id).length === 0) {
				const accountOf = ensureSamplePeople(people, sample.id, config.sampleDir);
				ensureSampleDefinitions(
					definitions,
					sample.id,
					sample.reportingCurrency,
					accountOf,
					config.sampleDir
				);
				ensureSampleAnnotations(annotations, sample.id, accountOf, config.sampleDir);
			}
			const experiments = new ExperimentStore(db);
			// Apart from the people's seeds: a database made before tests were kept gets its own.
			if (sample) ensureSampleExperiments(experiments, sample);
			const timeline = new TimelineStore(db);
			if (sample) ensureSampleTimeline(db, timeline, sample, config.sampleDir);
			const singleUserAccount = config.singleUser ? localAccount(people) : null;
			return {
				config,
				db,
				facts,
				people,
				definitions,
				metrics: new MetricStore(db),
				annotations,
				experiments,
				timeline,
				pulse: new PulseWatch((id) => campaignPulse(db, id), config.watchMs),
				singleUserAccount
			};
		})();
		contexts.set(config.dataDir, context);
		context.catch(() => contexts.delete(config.dataDir));
	}
	return context;
}

// A password hash no password matches: the local account can never sign in, only be acted as.
const NO_PASSWORD = '!';

/** The administrator single-user mode acts as: the first one, or a local one made for it. */
function localAccount(people: People): Account {
	return (
		people.accounts.firstAdmin() ??
		people.accounts.create({
			email: 'local@parallax.localhost',
			name: 'Local user',
			passwordHash: NO_PASSWORD,
			isAdmin: true
		})!
	);
}
