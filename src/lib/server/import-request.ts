import { error, json, type RequestEvent } from '@sveltejs/kit';
import { requireAccess, type Allowed } from './http/guard';
import { factsVersion, findImport, listImports, type StoredImport } from './import-store';

/** The import a request's path names (`[import=integer]`), in the campaign of its path, or 404. */
export function importOf(allowed: Allowed, param: string | undefined): StoredImport {
	const entry = findImport(allowed.context.db, allowed.campaignId, Number(param));
	if (!entry) error(404, `No import ${param} in this campaign.`);
	return entry;
}

const AUDIT_ACTIONS = { undo: 'import_undone', redo: 'import_redone' } as const;

/**
 * Undoes or redoes the import of the request's path for a campaign owner, and records it in
 * the audit. Answers JSON with the import's state and the facts version the pages load next;
 * asking for the state it already has changes nothing and records nothing.
 */
export async function toggleImport(
	event: RequestEvent,
	change: 'undo' | 'redo'
): Promise<Response> {
	const allowed = await requireAccess(event, 'import_data');
	const { context, campaignId, actor } = allowed;
	const entry = importOf(allowed, event.params.import);
	const result =
		change === 'undo'
			? await context.facts.undoImport(campaignId, entry.id, actor?.id ?? null)
			: await context.facts.redoImport(campaignId, entry.id);
	if (!result) error(404, `No import ${entry.id} in this campaign.`);
	if (result.changed) {
		context.people.audit.record({
			accountId: actor?.id ?? null,
			campaignId,
			action: AUDIT_ACTIONS[change],
			itemKind: 'import',
			itemId: String(entry.id),
			detail: { file: entry.fileName, rows: entry.report.rows }
		});
	}
	return json({
		id: result.entry.id,
		undone_at: result.entry.undoneAt,
		undone_by: result.entry.undoneBy,
		changed: result.changed,
		version: factsVersion(listImports(context.db, campaignId))
	});
}
