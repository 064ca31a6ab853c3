import { campaignSchema } from '$lib/domain/campaign';
import { problem } from '$lib/domain/problem';
import type { AppContext } from '../app-context';
import type { Db } from '../database';
import { storeOriginal } from '../import-store';
import { SAMPLE_CAMPAIGN_ID } from '../sample-campaign';
import { readBackup } from './backup-codec';
import { BackupError, type CampaignBackup, type CheckedDocument } from './backup-format';
import { mergeCreators } from './merge-creators';
import { mergeAnnotations } from './merge-annotations';
import { mergeDefinitions } from './merge-definitions';
import { mergeExperiments } from './merge-experiments';
import { mergeImports } from './merge-imports';
import { mergeMemberships, matchPeople } from './merge-people';
import { mergeCampaign, mergeFxRates, mergeMetrics } from './merge-settings';
import { mergeApprovals, mergeSourcing } from './merge-timeline';

/** The install holds another campaign under the id a backup would be imported as. */
export class CampaignConflict extends BackupError {
	constructor(campaignId: string, name: string) {
		super(problem('problem_backup_conflict', { id: JSON.stringify(campaignId), name }));
	}
}

/** What a restore needs of the server's context. */
export type RestoreContext = Pick<AppContext, 'db' | 'config' | 'facts' | 'people' | 'experiments'>;

/** How to import a backup: under another campaign id, and who does it (null: the command line). */
export interface RestoreOptions {
	as?: string;
	by: string | null;
}

/** What importing a backup changed, item by item (0 everywhere when it changed nothing). */
export interface RestoreSummary {
	campaignId: string;
	name: string;
	/** The campaign was new here; otherwise it was here and took what it lacked. */
	created: boolean;
	changed: {
		accounts: number;
		settings: number;
		fxRates: number;
		imports: number;
		definitionVersions: number;
		metrics: number;
		annotations: number;
		memberships: number;
		creators: number;
		experiments: number;
		sourcingRecords: number;
		approvalRecords: number;
	};
	/** Rows of the campaign's facts after the import, rebuilt from its imports. */
	factRows: number;
}

/** Reads a backup file and imports it (see importCampaign). */
export function importCampaignFile(
	context: RestoreContext,
	bytes: Uint8Array,
	options: RestoreOptions
): Promise<RestoreSummary> {
	return importCampaign(context, readBackup(bytes), options);
}

/**
 * Puts a backup's campaign into this install, all or nothing, in one SQLite transaction.
 * A campaign new here is created as the backup has it; the same campaign already here takes
 * what it lacks, so importing one backup twice changes nothing the second time. Another
 * campaign under the same id is refused (CampaignConflict) unless `as` gives a new id. The
 * original files are stored first: they are named by their content, so a rollback leaves
 * nothing wrong behind. The facts are rebuilt from the imports afterwards.
 */
export async function importCampaign(
	context: RestoreContext,
	backup: CampaignBackup,
	options: RestoreOptions
): Promise<RestoreSummary> {
	const { document } = backup;
	const campaignId = options.as ?? document.campaign.settings.id;
	const checkedId = campaignSchema.shape.id.safeParse(campaignId);
	if (!checkedId.success) {
		throw new BackupError(
			problem('problem_backup_campaign_id', { id: JSON.stringify(campaignId) })
		);
	}
	refuseOtherCampaign(context.db, campaignId, document);
	// On the facts queue, so that no import of the server is half-way through its commit.
	const summary = await context.facts.useEngine(campaignId, async () => {
		for (const bytes of backup.originals.values()) storeOriginal(context.config.dataDir, bytes);
		return context.db
			.transaction(() => restore(context, campaignId, document, options))
			.immediate();
	});
	const [facts] = await context.facts.queryFacts<{ n: number }>(
		campaignId,
		(table) => `SELECT count(*)::INTEGER AS n FROM ${table}`
	);
	return { ...summary, factRows: facts?.n ?? 0 };
}

function restore(
	context: RestoreContext,
	campaignId: string,
	document: CheckedDocument,
	options: RestoreOptions
): Omit<RestoreSummary, 'factRows'> {
	const { db } = context;
	refuseOtherCampaign(db, campaignId, document);
	const created = !db.prepare('SELECT 1 FROM campaign WHERE id = ?').get(campaignId);
	const people = matchPeople(db, document.people, context.people.now());
	const { to } = people;
	const changed = {
		accounts: people.created,
		settings: mergeCampaign(db, campaignId, document.campaign) ? 1 : 0,
		fxRates: mergeFxRates(db, campaignId, document.fx_rates),
		imports: mergeImports(db, campaignId, document.imports, to),
		definitionVersions: mergeDefinitions(db, campaignId, document.definitions, to),
		metrics: mergeMetrics(db, campaignId, document.metrics, to),
		annotations: mergeAnnotations(db, campaignId, document.annotations, to),
		memberships: mergeMemberships(db, campaignId, document.memberships, to),
		creators: mergeCreators(db, campaignId, document.creators),
		experiments: mergeExperiments(context.experiments, campaignId, document.experiments, to),
		sourcingRecords: mergeSourcing(db, campaignId, document.sourcing),
		approvalRecords: mergeApprovals(db, campaignId, document.approvals)
	};
	if (Object.values(changed).some((n) => n > 0)) {
		context.people.audit.record({
			accountId: options.by,
			campaignId,
			action: 'campaign_imported',
			itemKind: 'campaign',
			itemId: campaignId,
			detail: {
				from: document.campaign.settings.id,
				exportedAt: document.exported_at,
				appVersion: document.app.version,
				created,
				changed
			}
		});
	}
	return { campaignId, name: document.campaign.settings.name, created, changed };
}

/**
 * Refuses to merge a backup into another campaign that has the same id. The same campaign is
 * the one created at the same moment (a campaign keeps its creation time through backups).
 * The shipped sample is seeded from the same files in every install, so it is the same
 * campaign everywhere.
 */
function refuseOtherCampaign(db: Db, campaignId: string, document: CheckedDocument): void {
	const stored = db
		.prepare('SELECT name, created_at FROM campaign WHERE id = ?')
		.get(campaignId) as { name: string; created_at: string } | undefined;
	if (!stored || stored.created_at === document.campaign.created_at) return;
	const sample =
		campaignId === SAMPLE_CAMPAIGN_ID && document.campaign.settings.id === SAMPLE_CAMPAIGN_ID;
	if (!sample) throw new CampaignConflict(campaignId, stored.name);
}
