import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { parseDefinitionsYaml } from '$lib/domain/definitions-yaml';
import { definitionProblems, saveDefinition } from '$lib/server/definitions/definition-service';
import { exportDefinitions } from '$lib/server/definitions/definitions-file';
import { readForm } from '$lib/server/http/form';
import { requireAccess } from '$lib/server/http/guard';
import { problem } from '$lib/domain/problem';
import { fileErrorTexts, placedProblemText } from '$lib/i18n/definition-text';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	const stored = await storedDefinition(event);
	const allowed = await requireAccess(event, 'edit_definition', { markets: stored.markets });
	return {
		definition: {
			id: stored.id,
			team: stored.team,
			version: stored.version,
			signedOff: stored.signedOff
		},
		base: { version: stored.version, revision: stored.revision },
		yaml: exportDefinitions(allowed, stored.id)
	};
}) satisfies PageServerLoad;

const saveSchema = z.object({
	yaml: z.string().min(1, 'problem_definition_empty'),
	version: z.coerce.number().int(),
	revision: z.coerce.number().int()
});

export const actions = {
	default: async (event) => {
		const stored = await storedDefinition(event);
		const allowed = await requireAccess(event, 'edit_definition', { markets: stored.markets });
		const form = await readForm(event.request, saveSchema);
		if (!form.ok) {
			const errors = Object.values(form.errors).map((message) => ({
				line: null,
				column: null,
				path: '',
				message
			}));
			return fail(400, { yaml: form.values.yaml ?? '', errors, stale: null });
		}
		const { yaml, version, revision } = form.data;
		const parsed = parseDefinitionsYaml(yaml, {
			metrics: (metrics) =>
				metrics.map((_, index) => ({
					index,
					field: 'id' as const,
					problem: problem('problem_metrics_elsewhere')
				})),
			definition: (entry) => [
				...(entry.content.id === stored.id
					? []
					: [{ path: 'id', problem: problem('problem_definition_id_fixed', { id: stored.id }) }]),
				...definitionProblems(allowed, entry.content, entry.signatories).problems
			]
		});
		if (!parsed.ok) return fail(400, { yaml, errors: fileErrorTexts(parsed.errors), stale: null });
		if (parsed.entries.length !== 1) {
			return fail(400, {
				yaml,
				errors: [
					{
						line: null,
						column: null,
						path: 'definitions',
						message: placedProblemText({ problem: problem('problem_edit_one_definition') })
					}
				],
				stale: null
			});
		}
		const [entry] = parsed.entries;
		const outcome = saveDefinition(allowed, entry!.content, entry!.signatories, {
			version,
			revision
		});
		if ('problems' in outcome) {
			return fail(400, {
				yaml,
				errors: outcome.problems.map(({ path, problem }) => ({
					line: null,
					column: null,
					path,
					message: placedProblemText({ problem })
				})),
				stale: null
			});
		}
		if ('stale' in outcome) {
			// Someone saved first: their version is shown beside the text typed here, which is kept.
			return fail(409, {
				yaml,
				errors: [],
				stale: {
					yaml: exportDefinitions(allowed, stored.id),
					version: outcome.stale.version,
					revision: outcome.stale.revision
				}
			});
		}
		redirect(303, `/campaigns/${allowed.campaignId}/definitions#${stored.id}`);
	}
} satisfies Actions;

async function storedDefinition(event: RequestEvent<{ id: string; definition: string }>) {
	const { context, campaignId } = await requireAccess(event, 'read');
	const stored = context.definitions.find(campaignId, event.params.definition);
	if (!stored) error(404, m.refusal_definition_unknown({ id: event.params.definition }));
	return stored;
}
