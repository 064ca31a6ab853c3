import { listImports, type StoredImport } from '$lib/server/import-store';
import type { People } from '$lib/server/access/people';
import { requireAccess } from '$lib/server/http/guard';
import { readInboxNotice } from '$lib/server/inbox/inbox-folder';
import type { ImportActor } from './import-labels';
import { accountActor, undoneState } from './import-undone.server';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	const { params, depends } = event;
	depends('parallax:facts');
	const { context } = await requireAccess(event, 'read');
	return {
		imports: listImports(context.db, params.id)
			.reverse()
			.map((i) => ({
				id: i.id,
				file: i.fileName,
				by: importer(context.people, i),
				importedAt: i.importedAt,
				rows: i.report.rows,
				platform: i.report.detected.platform,
				source: i.source,
				undone: undoneState(context.people, i)
			})),
		maxUploadBytes: context.config.maxUploadBytes,
		inbox: readInboxNotice(context.config.dataDir, params.id)
	};
}) satisfies PageServerLoad;

/** Who made an import: the account, or where it came from when nobody signed in made it. */
function importer(people: People, entry: StoredImport): ImportActor {
	if (entry.importedBy) return accountActor(people, entry.importedBy);
	return { kind: 'source', source: entry.source };
}
