import { appContext } from '$lib/server/app-context';
import { listImports } from '$lib/server/import-store';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, depends }) => {
	depends('parallax:facts');
	const context = await appContext();
	return {
		imports: listImports(context.db, params.id)
			.reverse()
			.map((i) => ({
				id: i.id,
				file: i.fileName,
				source: i.source,
				importedAt: i.importedAt,
				rows: i.report.rows,
				platform: i.report.detected.platform
			})),
		maxUploadBytes: context.config.maxUploadBytes
	};
}) satisfies PageServerLoad;
