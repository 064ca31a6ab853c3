import { error, json } from '@sveltejs/kit';
import { problem } from '$lib/domain/problem';
import { problemText } from '$lib/i18n/problem-text';
import { ImportError, importAnswersSchema } from '$lib/ingest/import-options';
import { findCampaign } from '$lib/server/campaign-store';
import { requireAccess } from '$lib/server/http/guard';
import { listImports } from '$lib/server/import-store';
import { refuseUpload } from '$lib/server/upload-check';
import type { RequestHandler } from './$types';

/** The campaign's imports, newest last; an undone one has `undone_at` set. */
export const GET = (async (event) => {
	const { context } = await requireAccess(event, 'read');
	const { params } = event;
	if (!findCampaign(context.db, params.id)) error(404, `No campaign with id ${params.id}`);
	return json(
		listImports(context.db, params.id).map((i) => ({
			id: i.id,
			file: i.fileName,
			source: i.source,
			imported_at: i.importedAt,
			rows: i.report.rows,
			bytes: i.byteSize,
			undone_at: i.undoneAt
		}))
	);
}) satisfies RequestHandler;

/**
 * Imports an uploaded CSV and answers with its report. The body is the file's bytes
 * (application/octet-stream, never a form: a cross-site page cannot send that without a CORS
 * preflight, which this server does not grant); the file name and options travel in the query.
 * A file refused, or one the import cannot read, is answered 400 with why, in the request's
 * language.
 */
export const POST = (async (event) => {
	const { context, actor } = await requireAccess(event, 'import_data');
	const { params, request, url } = event;
	const campaign = findCampaign(context.db, params.id);
	if (!campaign) error(404, `No campaign with id ${params.id}`);
	if (request.headers.get('content-type') !== 'application/octet-stream')
		error(415, 'Send the file as application/octet-stream.');
	const name = url.searchParams.get('name') ?? '';
	const declared = Number(request.headers.get('content-length') ?? 0);
	if (declared > context.config.maxUploadBytes) {
		const limit = Math.round(context.config.maxUploadBytes / 1048576);
		error(413, problemText(problem('problem_upload_over_limit', { file: name, limit })));
	}
	const bytes = new Uint8Array(await request.arrayBuffer());
	const refused = refuseUpload(name, bytes, context.config.maxUploadBytes);
	if (refused) error(400, problemText(refused));
	const options = importAnswersSchema.safeParse(parseJson(url.searchParams.get('options') ?? '{}'));
	if (!options.success) error(400, `Import options: ${options.error.issues[0]?.message}`);
	try {
		const result = await context.facts.importFile(
			campaign,
			bytes,
			{ ...options.data, fileName: name },
			'upload',
			actor!.id
		);
		if (result.importId !== null) {
			context.people.audit.record({
				accountId: actor!.id,
				campaignId: campaign.id,
				action: 'import_created',
				itemKind: 'import',
				itemId: String(result.importId),
				detail: { file: name, bytes: bytes.length, rows: result.report.rows }
			});
		}
		return json({ report: result.report, importId: result.importId });
	} catch (failure) {
		if (failure instanceof ImportError) error(400, problemText(failure.problem));
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
