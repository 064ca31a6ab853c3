import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { can, canSomewhere } from '$lib/domain/access';
import { BUILT_IN_METRICS } from '$lib/domain/metrics/catalog';
import { TIMING_METRICS } from '$lib/domain/timeline/timing-metrics';
import { signOffDefinition } from '$lib/server/definitions/definition-service';
import { importDefinitions } from '$lib/server/definitions/definitions-file';
import { readForm } from '$lib/server/http/form';
import { requireAccess } from '$lib/server/http/guard';
import { fileErrorTexts } from '$lib/i18n/definition-text';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	const { context, access, campaignId, actor } = await requireAccess(event, 'read');
	const all = context.definitions.all(campaignId);
	const latest = context.definitions.latest(campaignId);
	return {
		definitions: latest.map((definition) => {
			const target = { campaignId, markets: definition.markets };
			const mine = definition.signatories.find((s) => s.accountId === actor?.id);
			return {
				...definition,
				history: all
					.filter((v) => v.id === definition.id && v.version < definition.version)
					.reverse(),
				canEdit: can(access, 'edit_definition', target),
				canSignOff:
					!definition.signedOff &&
					mine !== undefined &&
					mine.signedAt === null &&
					can(access, 'sign_off_definition', target)
			};
		}),
		catalog: [
			...BUILT_IN_METRICS.map((metric) => ({ ...metric, own: false })),
			// Timing metrics have no formula: they are measured on sourcing and approval records.
			...TIMING_METRICS.map(({ id, label, unit, direction, description }) => ({
				id,
				label,
				unit,
				direction,
				description,
				formula: null,
				own: false
			})),
			...context.metrics.list(campaignId).map((metric) => ({ ...metric, own: true }))
		],
		canImport: canSomewhere(access, 'edit_definition', campaignId)
	};
}) satisfies PageServerLoad;

const signOffSchema = z.object({ id: z.string().min(1), version: z.coerce.number().int().min(1) });
const importSchema = z.object({ yaml: z.string().min(1, 'problem_definitions_file_missing') });

export const actions = {
	signOff: async (event) => {
		// Checked again on the definition's own markets before anything is signed.
		const allowed = await requireAccess(event, 'sign_off_definition', { markets: 'own' });
		const form = await readForm(event.request, signOffSchema);
		if (!form.ok) return fail(400, form);
		const signed = signOffDefinition(allowed, form.data.id, form.data.version);
		return { signedOff: { id: signed.id, version: signed.version, frozen: signed.signedOff } };
	},
	importYaml: async (event) => {
		// Every definition in the file is checked again on its own markets before any is saved.
		const allowed = await requireAccess(event, 'edit_definition', { markets: 'own' });
		const form = await readForm(event.request, importSchema);
		if (!form.ok)
			return fail(400, {
				importErrors: [{ line: null, column: null, path: '', message: form.errors.yaml! }],
				yaml: ''
			});
		const result = importDefinitions(allowed, form.data.yaml);
		if (!result.ok) {
			return fail(400, { importErrors: fileErrorTexts(result.errors), yaml: form.data.yaml });
		}
		return { imported: result.saved };
	}
} satisfies Actions;
