import { error } from '@sveltejs/kit';
import { can, refusalOf } from '$lib/domain/access';
import { checkDefinition, type DefinitionProblem } from '$lib/domain/definition-checks';
import type { DefinitionContent } from '$lib/domain/definitions';
import { problem } from '$lib/domain/problem';
import { BUILT_IN_METRIC_SOURCES, type MetricDefinition } from '$lib/domain/metrics/catalog';
import { withCustomMetrics, type CustomMetric } from '$lib/domain/metrics/custom-metrics';
import { refusalText } from '$lib/i18n/refusal-text';
import { m } from '$lib/paraglide/messages';
import { findCampaign } from '../campaign-store';
import type { Allowed } from '../http/guard';
import type { SaveBase, SaveResult, StoredDefinition } from './definition-store';

/** What saving a definition gave: saved, stale (someone saved first), or problems to fix. */
export type SaveOutcome = SaveResult | { problems: DefinitionProblem[] };

/**
 * Checks a definition against its campaign and the people named to sign it: every problem at
 * once. Signatories are given by email and must be members who may sign off its markets.
 */
export function definitionProblems(
	allowed: Allowed,
	content: DefinitionContent,
	signatoryEmails: readonly string[],
	newMetrics: readonly CustomMetric[] = []
): { problems: DefinitionProblem[]; signatories: string[] } {
	const { people } = allowed.context;
	const campaign = findCampaign(allowed.context.db, allowed.campaignId)!;
	const problems = checkDefinition(content, {
		markets: campaign.markets.map((market) => market.code),
		metrics: campaignMetrics(allowed, newMetrics)
	});
	const signatories: string[] = [];
	if (signatoryEmails.length === 0) {
		problems.push({ path: 'signatories', problem: problem('problem_signatories_none') });
	}
	signatoryEmails.forEach((email, index) => {
		const account = people.accounts.findForSignIn(email)?.account;
		const membership = account
			? account.isAdmin
				? {
						accountId: account.id,
						campaignId: allowed.campaignId,
						role: 'campaign_owner' as const,
						markets: []
					}
				: people.memberships.find(account.id, allowed.campaignId)
			: null;
		if (!account || !membership) {
			problems.push({
				path: `signatories.${index}`,
				problem: problem('problem_signatory_not_member', { email })
			});
		} else if (!can(membership, 'sign_off_definition', { markets: content.markets })) {
			problems.push({
				path: `signatories.${index}`,
				problem: problem('problem_signatory_cannot_sign', {
					email,
					markets: content.markets.join(', ')
				})
			});
		} else signatories.push(account.id);
	});
	return { problems, signatories };
}

/** The metrics a campaign's definitions may use: built-in, its own, and `added` ones about to be saved. */
export function campaignMetrics(
	allowed: Allowed,
	added: readonly CustomMetric[] = []
): Map<string, MetricDefinition> {
	const stored = allowed.context.metrics
		.list(allowed.campaignId)
		.filter((metric) => !added.some((a) => a.id === metric.id));
	return withCustomMetrics(BUILT_IN_METRIC_SOURCES, [...stored, ...added]);
}

/** Saves a definition for whoever is asking, refusing (403) anyone who may not edit it. */
export function saveDefinition(
	allowed: Allowed,
	content: DefinitionContent,
	signatoryEmails: readonly string[],
	base: SaveBase | null,
	newMetrics: readonly CustomMetric[] = []
): SaveOutcome {
	const { definitions, people } = allowed.context;
	requireEditable(allowed, content.id, content.markets);
	const { problems, signatories } = definitionProblems(
		allowed,
		content,
		signatoryEmails,
		newMetrics
	);
	if (problems.length > 0) return { problems };
	const result = definitions.save(
		allowed.campaignId,
		content,
		signatories,
		allowed.actor?.id ?? null,
		base
	);
	if ('saved' in result) {
		people.audit.record({
			accountId: allowed.actor?.id ?? null,
			campaignId: allowed.campaignId,
			action: result.created === 'definition' ? 'definition_created' : 'definition_changed',
			itemKind: 'definition',
			itemId: content.id,
			detail: { version: result.saved.version, revision: result.saved.revision }
		});
	}
	return result;
}

/**
 * Refuses (403) an editor whose markets do not cover both the stored definition's markets and
 * the ones it is being given: a lead cannot take over another market's definition.
 */
export function requireEditable(allowed: Allowed, id: string, markets: unknown): void {
	const stored = allowed.context.definitions.find(allowed.campaignId, id);
	const given = Array.isArray(markets)
		? markets.filter((market): market is string => typeof market === 'string')
		: [];
	refuseUnless(allowed, 'edit_definition', [...new Set([...(stored?.markets ?? []), ...given])]);
}

/** Signs off the latest version of a definition for whoever is asking. */
export function signOffDefinition(allowed: Allowed, id: string, version: number): StoredDefinition {
	const { definitions, people } = allowed.context;
	const stored = definitions.find(allowed.campaignId, id);
	if (!stored) error(404, m.refusal_definition_unknown({ id }));
	refuseUnless(allowed, 'sign_off_definition', stored.markets);
	const result = definitions.signOff(allowed.campaignId, id, version, allowed.actor!.id);
	if (typeof result === 'string') {
		const [status, refusal] = SIGN_OFF_REFUSALS[result];
		error(status, refusal({ id, version }));
	}
	people.audit.record({
		accountId: allowed.actor!.id,
		campaignId: allowed.campaignId,
		action: 'definition_signed_off',
		itemKind: 'definition',
		itemId: id,
		detail: { version, frozen: result.signedOff }
	});
	return result;
}

const SIGN_OFF_REFUSALS: Record<
	'unknown' | 'not_latest' | 'not_signatory' | 'already_signed',
	[number, (inputs: { id: string; version: number }) => string]
> = {
	unknown: [404, m.refusal_version_unknown],
	not_latest: [409, m.refusal_version_not_latest],
	not_signatory: [403, m.refusal_not_signatory],
	already_signed: [409, m.refusal_already_signed]
};

function refuseUnless(
	allowed: Allowed,
	action: 'edit_definition' | 'sign_off_definition',
	markets: string[]
): void {
	const refusal = refusalOf(allowed.access, action, { campaignId: allowed.campaignId, markets });
	if (refusal) error(403, refusalText(refusal));
}
