import packageJson from '../../../../package.json';
import { roleSchema } from '$lib/domain/access';
import { campaignSchema } from '$lib/domain/campaign';
import { problem, type Problem } from '$lib/domain/problem';
import type {
	ApprovalDecision,
	SourcingChannel,
	SourcingOutcome
} from '$lib/domain/timeline/timeline-records';
import type { AppContext } from '../app-context';
import type { Db } from '../database';
import { listFxRates } from '../fx-store';
import { readOriginal } from '../import-store';
import { mapAnnotationPeople } from './annotation-people';
import { writeBackup } from './backup-codec';
import { BACKUP_FORMAT, BackupError, type BackupDocument } from './backup-format';

type Row = Record<string, unknown>;
type Text = string | null;

/**
 * A campaign as one backup document: its settings, FX rates, imports with their original
 * files, every definition version with its sign-offs, its metrics, every annotation with every
 * revision, its members, creators, split tests, and sourcing and approval records; people by
 * email. Sessions, password hashes, invites, share links
 * and the audit record stay in the install (docs/backup-format.md says why).
 */
export function exportCampaign(
	db: Db,
	dataDir: string,
	campaignId: string,
	now = new Date()
): Required<BackupDocument> {
	const row = db
		.prepare('SELECT definition, created_at FROM campaign WHERE id = ?')
		.get(campaignId) as { definition: string; created_at: string } | undefined;
	if (!row) throw new BackupError(noCampaign(campaignId));
	const people = new PeopleByEmail(db);
	const imports = rows(db, 'SELECT * FROM import WHERE campaign_id = ? ORDER BY id', campaignId);
	return {
		format: BACKUP_FORMAT,
		exported_at: now.toISOString(),
		app: { name: 'parallax', version: packageJson.version },
		campaign: {
			created_at: row.created_at,
			settings: campaignSchema.parse(JSON.parse(row.definition))
		},
		fx_rates: listFxRates(db, campaignId),
		files: [...new Set(imports.map((i) => i.content_hash as string))].map((hash) => ({
			sha256: hash,
			base64: Buffer.from(original(dataDir, hash)).toString('base64')
		})),
		imports: imports.map((i) => ({
			file_name: i.file_name as string,
			content_hash: i.content_hash as string,
			byte_size: i.byte_size as number,
			options: JSON.parse(i.options as string),
			report: JSON.parse(i.report as string),
			source: i.source as string,
			imported_by: people.ref(i.imported_by as Text),
			imported_at: i.imported_at as string,
			undone_at: i.undone_at as Text,
			undone_by: people.ref(i.undone_by as Text)
		})),
		definitions: exportDefinitions(db, campaignId, people),
		metrics: rows(
			db,
			'SELECT * FROM campaign_metric WHERE campaign_id = ? ORDER BY id',
			campaignId
		).map((m) => ({
			id: m.id as string,
			content: JSON.parse(m.content as string),
			updated_at: m.updated_at as string,
			updated_by: people.ref(m.updated_by as Text)
		})),
		annotations: exportAnnotations(db, campaignId, people),
		memberships: rows(
			db,
			`SELECT m.* FROM membership m JOIN account a ON a.id = m.account_id
			WHERE m.campaign_id = ? AND a.disabled_at IS NULL ORDER BY a.email`,
			campaignId
		).map((m) => ({
			person: people.ref(m.account_id as string)!,
			role: roleSchema.parse(m.role),
			markets: JSON.parse(m.markets as string),
			created_at: m.created_at as string,
			created_by: people.ref(m.created_by as Text)
		})),
		creators: rows(db, 'SELECT * FROM creator WHERE campaign_id = ? ORDER BY id', campaignId).map(
			({ campaign_id: _, ...creator }) => creator as BackupDocument['creators'][number]
		),
		experiments: rows(
			db,
			'SELECT * FROM experiment WHERE campaign_id = ? ORDER BY created_at, id',
			campaignId
		).map((e) => ({
			id: e.id as string,
			content: JSON.parse(e.content as string),
			revision: e.revision as number,
			created_at: e.created_at as string,
			created_by: people.ref(e.created_by as Text),
			updated_at: e.updated_at as string,
			updated_by: people.ref(e.updated_by as Text)
		})),
		...exportTimeline(db, campaignId),
		// Last: only now does it know every person the rows above name.
		people: people.list()
	};
}

/** A campaign's backup file, with how much of each item it holds. */
export interface CampaignExport {
	bytes: Uint8Array<ArrayBuffer>;
	holds: {
		imports: number;
		definitionVersions: number;
		metrics: number;
		annotations: number;
		members: number;
		people: number;
		experiments: number;
		sourcingRecords: number;
		approvalRecords: number;
	};
}

/**
 * The backup file of a campaign, read while no import is half-way through its commit, and the
 * export kept in the campaign's audit record.
 */
export async function exportCampaignFile(
	context: Pick<AppContext, 'db' | 'config' | 'facts' | 'people'>,
	campaignId: string,
	by: string | null
): Promise<CampaignExport> {
	if (!context.db.prepare('SELECT 1 FROM campaign WHERE id = ?').get(campaignId)) {
		throw new BackupError(noCampaign(campaignId));
	}
	const document = await context.facts.useEngine(campaignId, async () =>
		exportCampaign(context.db, context.config.dataDir, campaignId, context.people.now())
	);
	const bytes = writeBackup(document);
	const holds = {
		imports: document.imports.length,
		definitionVersions: document.definitions.length,
		metrics: document.metrics.length,
		annotations: document.annotations.length,
		members: document.memberships.length,
		people: document.people.length,
		experiments: document.experiments.length,
		sourcingRecords: document.sourcing.length,
		approvalRecords: document.approvals.length
	};
	context.people.audit.record({
		accountId: by,
		campaignId,
		action: 'campaign_exported',
		itemKind: 'campaign',
		itemId: campaignId,
		detail: { bytes: bytes.length, ...holds }
	});
	return { bytes, holds };
}

function exportDefinitions(db: Db, campaignId: string, people: PeopleByEmail) {
	const signatories = rows(
		db,
		`SELECT * FROM definition_signatory WHERE campaign_id = ?
		ORDER BY definition_id, version, signed_at IS NULL, signed_at, account_id`,
		campaignId
	);
	return rows(
		db,
		'SELECT * FROM definition_version WHERE campaign_id = ? ORDER BY definition_id, version',
		campaignId
	).map((v) => ({
		id: v.definition_id as string,
		version: v.version as number,
		revision: v.revision as number,
		content: JSON.parse(v.content as string),
		created_at: v.created_at as string,
		created_by: people.ref(v.created_by as Text),
		updated_at: v.updated_at as string,
		updated_by: people.ref(v.updated_by as Text),
		signatories: signatories
			.filter((s) => s.definition_id === v.definition_id && s.version === v.version)
			.map((s) => ({
				person: people.ref(s.account_id as string)!,
				signed_at: s.signed_at as Text
			}))
	}));
}

function exportAnnotations(db: Db, campaignId: string, people: PeopleByEmail) {
	const revisions = rows(
		db,
		'SELECT * FROM annotation_revision WHERE campaign_id = ? ORDER BY annotation_id, revision',
		campaignId
	);
	const content = (text: unknown) =>
		mapAnnotationPeople(JSON.parse(text as string), (id) => people.ref(id)!);
	return rows(
		db,
		'SELECT * FROM annotation WHERE campaign_id = ? ORDER BY created_at, id',
		campaignId
	).map((a) => ({
		id: a.id as string,
		content: content(a.content),
		author: people.ref(a.author_id as Text),
		created_at: a.created_at as string,
		updated_at: a.updated_at as string,
		updated_by: people.ref(a.updated_by as Text),
		revision: a.revision as number,
		hidden_at: a.hidden_at as Text,
		revisions: revisions
			.filter((r) => r.annotation_id === a.id)
			.map((r) => ({
				revision: r.revision as number,
				change: r.change as 'created',
				content: content(r.content),
				hidden: r.hidden === 1,
				changed_by: people.ref(r.changed_by as Text),
				changed_at: r.changed_at as string
			}))
	}));
}

/** The sourcing and approval records, each moment as its instant and the zone it was written in. */
function exportTimeline(db: Db, campaignId: string) {
	// A zone left out reads as UTC, as the timeline store reads it.
	const moment = (utc: unknown, zone: unknown) =>
		utc === null ? null : { utc: utc as string, zone: (zone as Text) ?? 'UTC' };
	return {
		sourcing: rows(
			db,
			'SELECT * FROM sourcing_record WHERE campaign_id = ? ORDER BY market, creator_id',
			campaignId
		).map((r) => ({
			market: r.market as string,
			creator_id: r.creator_id as string,
			channel: r.channel as SourcingChannel | null,
			contacted_at: moment(r.contacted_at, r.contacted_zone)!,
			agreed_at: moment(r.agreed_at, r.agreed_zone),
			outcome: r.outcome as SourcingOutcome,
			updated_at: r.updated_at as string
		})),
		approvals: rows(
			db,
			`SELECT * FROM approval_record WHERE campaign_id = ?
			ORDER BY market, content_id, revision`,
			campaignId
		).map((r) => ({
			market: r.market as string,
			content_id: r.content_id as string,
			revision: r.revision as number,
			creator_id: r.creator_id as Text,
			submitted_at: moment(r.submitted_at, r.submitted_zone)!,
			decided_at: moment(r.decided_at, r.decided_zone)!,
			decision: r.decision as ApprovalDecision,
			due_on: r.due_on as Text,
			updated_at: r.updated_at as string
		}))
	};
}

function rows(db: Db, sql: string, campaignId: string): Row[] {
	return db.prepare(sql).all(campaignId) as Row[];
}

function original(dataDir: string, hash: string): Uint8Array {
	try {
		return readOriginal(dataDir, hash);
	} catch {
		throw new BackupError(
			problem('problem_backup_original_lost', { hash, folder: `${dataDir}/files` })
		);
	}
}

/**
 * The accounts a backup names, by email. An id that is no account's (an annotation may keep
 * one) is kept as it is: it names nobody in either install.
 */
class PeopleByEmail {
	readonly #accounts: Map<string, { email: string; name: string }>;
	readonly #named = new Map<string, string>();

	constructor(db: Db) {
		const accounts = db.prepare('SELECT id, email, name FROM account').all() as {
			id: string;
			email: string;
			name: string;
		}[];
		this.#accounts = new Map(accounts.map((a) => [a.id, { email: a.email, name: a.name }]));
	}

	/** How the file names the account `id`: its email; null stays null. */
	ref(id: string | null): string | null {
		if (id === null) return null;
		const account = this.#accounts.get(id);
		if (!account) return id;
		this.#named.set(account.email, account.name);
		return account.email;
	}

	/** Every person named so far, by email. */
	list(): { email: string; name: string }[] {
		return [...this.#named]
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
			.map(([email, name]) => ({ email, name }));
	}
}

function noCampaign(campaignId: string): Problem {
	return problem('problem_backup_no_campaign', { id: JSON.stringify(campaignId) });
}
