import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { mappableFieldSchema } from '$lib/domain/facts';
import { ImportError } from '$lib/ingest/import-options';
import { appContext } from '$lib/server/app-context';
import { findCampaign } from '$lib/server/campaign-store';
import { listImports } from '$lib/server/import-store';
import { refuseUpload } from '$lib/server/upload-check';
import type { RequestHandler } from './$types';

const formSchema = z.object({
	market: z.string().regex(/^[A-Za-z]{2}$/).optional(),
	currency: z.string().regex(/^[A-Za-z]{3}$/).optional(),
	date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
	mapping: z.record(z.string(), mappableFieldSchema.nullable()).optional()
});

/** The campaign's imports, newest last. */
export const GET = (async ({ params }) => {
	const context = await appContext();
	if (!findCampaign(context.db, params.id)) error(404, `No campaign with id ${params.id}`);
	return json(
		listImports(context.db, params.id).map((i) => ({
			id: i.id,
			file: i.fileName,
			source: i.source,
			imported_at: i.importedAt,
			rows: i.report.rows,
			bytes: i.byteSize
		}))
	);
}) satisfies RequestHandler;

/** Imports an uploaded CSV (multipart: `file` and `options` as JSON) and answers with its report. */
export const POST = (async ({ params, request }) => {
	const context = await appContext();
	const campaign = findCampaign(context.db, params.id);
	if (!campaign) error(404, `No campaign with id ${params.id}`);
	const form = await request.formData();
	const file = form.get('file');
	if (!(file instanceof File)) error(400, 'Attach the CSV file as the form field "file".');
	const bytes = new Uint8Array(await file.arrayBuffer());
	const refused = refuseUpload(file.name, bytes, context.config.maxUploadBytes);
	if (refused) error(400, refused);
	const options = formSchema.safeParse(parseJson(String(form.get('options') ?? '{}')));
	if (!options.success) error(400, `Import options: ${options.error.issues[0]?.message}`);
	try {
		const result = await context.facts.importFile(
			campaign,
			bytes,
			{ ...options.data, fileName: file.name },
			'upload'
		);
		return json({ report: result.report, importId: result.importId });
	} catch (failure) {
		if (failure instanceof ImportError) error(400, failure.message);
		throw failure;
	}
}) satisfies RequestHandler;

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return null;
	}
}
