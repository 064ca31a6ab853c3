import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import {
	experimentFormSchema,
	experimentFormValues
} from '$lib/domain/experiments/experiment-form';
import { issueProblem, problem } from '$lib/domain/problem';
import { problemText } from '$lib/i18n/problem-text';
import { findCampaign } from '$lib/server/campaign-store';
import { ExperimentRefusal } from '$lib/server/experiments/experiment-store';
import { requireAccess } from '$lib/server/http/guard';

/** What a refused save sends back: each field's problem, worded, and what was typed. */
export interface ExperimentFormResult {
	errors: Record<string, string>;
	values: Record<string, string>;
	/** The revision to save against next: the newer one when the save was stale. */
	revision?: number;
}

/**
 * Saves the test form: a new test when it names no id, else the test it names, guarded by the
 * revision the editor started from. Goes to the saved test's reading when it is saved.
 */
export async function saveExperiment(event: RequestEvent) {
	const { context, actor, campaignId } = await requireAccess(event, 'manage_campaign');
	const campaign = findCampaign(context.db, campaignId)!;
	const form = await event.request.formData();
	const raw: Record<string, string | string[]> = {};
	for (const key of new Set(form.keys())) {
		const all = form.getAll(key).filter((v): v is string => typeof v === 'string');
		raw[key] = key === 'markets' ? all : (all[0] ?? '');
	}
	const values = Object.fromEntries(
		Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value.join(',') : value])
	);
	const refuse = (status: number, errors: Record<string, string>, revision?: number) =>
		fail(status, { errors, values, revision } satisfies ExperimentFormResult);
	const parsed = experimentFormSchema(campaign.markets.map((market) => market.code)).safeParse(raw);
	if (!parsed.success) {
		const errors: Record<string, string> = {};
		for (const issue of parsed.error.issues)
			errors[String(issue.path[0] ?? 'form')] ??= problemText(issueProblem(issue));
		return refuse(400, errors);
	}
	const id = values.id ?? '';
	const by = actor?.id ?? null;
	let savedId: string;
	try {
		if (id === '') {
			savedId = context.experiments.create(campaignId, parsed.data, by).id;
		} else {
			const result = context.experiments.update(
				campaignId,
				id,
				parsed.data,
				by,
				Number(values.revision)
			);
			if ('stale' in result) {
				// The newer version replaces the form, so that nobody overwrites it unseen.
				Object.assign(values, experimentFormValues(result.stale.content));
				return refuse(
					409,
					{ form: problemText(problem('problem_experiment_stale')) },
					result.stale.revision
				);
			}
			savedId = result.saved.id;
		}
	} catch (error) {
		if (!(error instanceof ExperimentRefusal)) throw error;
		const field = error.problem.code === 'problem_experiment_name_taken' ? 'name' : 'form';
		return refuse(400, { [field]: problemText(error.problem) });
	}
	context.people.audit.record({
		accountId: by,
		campaignId,
		action: id === '' ? 'experiment_created' : 'experiment_changed',
		itemKind: 'experiment',
		itemId: savedId,
		detail: { name: parsed.data.name }
	});
	redirect(303, `${event.url.pathname}?test=${encodeURIComponent(savedId)}`);
}
