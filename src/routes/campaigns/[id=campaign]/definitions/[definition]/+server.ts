import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { definitionContentSchema } from '$lib/domain/definitions';
import { requireEditable, saveDefinition } from '$lib/server/definitions/definition-service';
import { requireAccess } from '$lib/server/http/guard';
import { issueText } from '$lib/i18n/issue-text';
import { problemText } from '$lib/i18n/problem-text';
import { m } from '$lib/paraglide/messages';
import type { RequestHandler } from './$types';

/** Every version of one definition, oldest first. */
export const GET = (async (event) => {
	const { context, campaignId } = await requireAccess(event, 'read');
	const versions = context.definitions.versions(campaignId, event.params.definition);
	if (versions.length === 0)
		error(404, m.refusal_definition_unknown({ id: event.params.definition }));
	return json(versions);
}) satisfies RequestHandler;

const putSchema = z.object({
	content: z.record(z.string(), z.unknown()),
	signatories: z.array(z.string()),
	/** The version and revision the editor started from; null for a new definition. */
	base: z.object({ version: z.number().int(), revision: z.number().int() }).nullable()
});

/**
 * Saves a definition (JSON): 200 with the saved version, 409 with the newer stored version
 * when the save is stale, 400 with every problem, 403 outside the editor's markets.
 */
export const PUT = (async (event) => {
	const allowed = await requireAccess(event, 'edit_definition', { markets: 'own' });
	const body = putSchema.safeParse(await event.request.json().catch(() => null));
	if (!body.success) error(400, m.refusal_send_json({ fields: '{ content, signatories, base }' }));
	const content = { ...body.data.content, id: event.params.definition };
	// Refused on its markets before its content is looked at: a lead learns nothing more.
	requireEditable(allowed, event.params.definition, body.data.content.markets);
	const parsed = definitionContentSchema.safeParse(content);
	if (!parsed.success) {
		return json(
			{
				problems: parsed.error.issues.map((issue) => ({
					path: issue.path.join('.'),
					message: issueText(issue)
				}))
			},
			{ status: 400 }
		);
	}
	const outcome = saveDefinition(allowed, parsed.data, body.data.signatories, body.data.base);
	if ('problems' in outcome) {
		const problems = outcome.problems.map(({ path, problem }) => ({
			path,
			message: problemText(problem)
		}));
		return json({ problems }, { status: 400 });
	}
	if ('stale' in outcome) return json(outcome, { status: 409 });
	return json(outcome);
}) satisfies RequestHandler;
