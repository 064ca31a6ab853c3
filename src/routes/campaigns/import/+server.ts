import { error, json } from '@sveltejs/kit';
import { problem, type Problem } from '$lib/domain/problem';
import { problemText } from '$lib/i18n/problem-text';
import { appContext } from '$lib/server/app-context';
import { BackupError } from '$lib/server/backup/backup-format';
import { CampaignConflict, importCampaignFile } from '$lib/server/backup/import-campaign';
import type { RequestHandler } from './$types';

/**
 * Imports a campaign backup (docs/backup-format.md), for an administrator, and answers with
 * what changed. The body is the file's bytes (application/octet-stream, which a cross-site page
 * cannot send without a preflight); `?as=ID` imports it under another campaign id.
 */
export const POST = (async ({ locals, request, url }) => {
	const account = locals.account;
	if (!account?.isAdmin) error(403, problemText(problem('problem_backup_admin_only')));
	const context = await appContext();
	if (request.headers.get('content-type') !== 'application/octet-stream')
		error(415, 'Send the backup file as application/octet-stream.');
	const limit = context.config.maxUploadBytes;
	const tooLarge = problemText(
		problem('problem_backup_over_limit', { limit: Math.round(limit / 1048576) })
	);
	if (Number(request.headers.get('content-length') ?? 0) > limit) error(413, tooLarge);
	const bytes = new Uint8Array(await request.arrayBuffer());
	if (bytes.length > limit) error(413, tooLarge);
	const as = url.searchParams.get('as')?.trim() || undefined;
	try {
		return json(await importCampaignFile(context, bytes, { as, by: account.id }));
	} catch (failure) {
		if (failure instanceof CampaignConflict) error(409, sentence(failure.problem));
		if (failure instanceof BackupError) error(400, sentence(failure.problem));
		throw failure;
	}
}) satisfies RequestHandler;

/** A backup refusal (a clause, as the command line prints it) as a sentence in the reader's language. */
function sentence(refusal: Problem): string {
	const text = problemText(refusal);
	const capitalised = `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
	// A detail quoted at the end (a schema's own message) may bring its full stop along.
	return capitalised.endsWith('.') ? capitalised : `${capitalised}.`;
}
