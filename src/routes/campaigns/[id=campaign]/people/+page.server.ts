import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { can, roleSchema, type Role } from '$lib/domain/access';
import { shareViewSchema } from '$lib/domain/share-views';
import { findCampaign } from '$lib/server/campaign-store';
import { DEFAULT_INVITE_DAYS } from '$lib/server/access/invites';
import { DEFAULT_SHARE_DAYS } from '$lib/server/access/share-links';
import { readForm, listOf } from '$lib/server/http/form';
import { requireAccess, type Allowed } from '$lib/server/http/guard';
import { problem, type Problem } from '$lib/domain/problem';
import { problemText } from '$lib/i18n/problem-text';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	const { context, access, campaignId } = await requireAccess(event, 'read');
	const { people } = context;
	const managesPeople = can(access, 'manage_people', { campaignId });
	const managesLinks = can(access, 'manage_share_links', { campaignId });
	return {
		administrators: people.accounts
			.listAdmins()
			.map((a) => ({ id: a.id, name: a.name, email: a.email, since: a.createdAt })),
		members: people.memberships.list(campaignId),
		invites: managesPeople ? people.invites.list(campaignId).filter((i) => i.state === 'live') : [],
		shareLinks: managesLinks ? people.shareLinks.list(campaignId) : [],
		audit: people.audit.list({ campaignId }).slice(0, 200),
		can: { managePeople: managesPeople, manageShareLinks: managesLinks },
		defaults: { inviteDays: DEFAULT_INVITE_DAYS, shareDays: DEFAULT_SHARE_DAYS },
		suggestedView: event.url.searchParams.get('view') ?? 'live',
		self: event.locals.account?.id ?? null
	};
}) satisfies PageServerLoad;

const days = (most: number) =>
	z.coerce
		.number({ message: 'problem_days_number' })
		.int('problem_days_whole')
		.min(1, 'problem_days_minimum')
		.max(most, 'problem_days_maximum');

const roleFormSchema = z.object({
	role: roleSchema,
	markets: listOf(z.string().regex(/^[A-Z]{2}$/))
});

const inviteSchema = roleFormSchema.extend({ days: days(30) });
const memberSchema = roleFormSchema.extend({ accountId: z.string().min(1) });
const removeSchema = z.object({ accountId: z.string().min(1) });
const idSchema = z.object({ id: z.string().regex(/^[0-9a-f]{64}$/) });
const shareSchema = z.object({ view: shareViewSchema, days: days(90) });

export const actions = {
	invite: async (event) => {
		const allowed = await requireAccess(event, 'manage_people');
		const form = await readForm(event.request, inviteSchema);
		if (!form.ok) return fail(400, { invite: form });
		const markets = checkMarkets(allowed, form.data.role, form.data.markets);
		if (!Array.isArray(markets))
			return fail(400, { invite: { errors: { markets: problemText(markets) }, values: {} } });
		const { token, invite } = allowed.context.people.invites.create({
			campaignId: allowed.campaignId,
			role: form.data.role,
			markets,
			createdBy: allowed.actor!.id,
			days: form.data.days
		});
		record(allowed, 'invite_created', 'invite', invite.id, {
			role: invite.role,
			markets,
			expiresAt: invite.expiresAt
		});
		return { inviteLink: `${event.url.origin}/invite/${token}` };
	},
	revokeInvite: async (event) => {
		const allowed = await requireAccess(event, 'manage_people');
		const form = await readForm(event.request, idSchema);
		if (!form.ok || !allowed.context.people.invites.revoke(form.data.id, allowed.campaignId)) {
			error(404, m.refusal_invite_not_open());
		}
		record(allowed, 'invite_revoked', 'invite', form.data.id, {});
		return { revoked: 'invite' };
	},
	changeRole: async (event) => {
		const allowed = await requireAccess(event, 'manage_people');
		const form = await readForm(event.request, memberSchema);
		if (!form.ok) return fail(400, { member: form });
		const { people } = allowed.context;
		const current = people.memberships.find(form.data.accountId, allowed.campaignId);
		if (!current) error(404, m.refusal_not_member_of_campaign());
		const markets = checkMarkets(allowed, form.data.role, form.data.markets);
		if (!Array.isArray(markets))
			return fail(400, { member: { errors: { markets: problemText(markets) }, values: {} } });
		if (current.role === 'campaign_owner' && form.data.role !== 'campaign_owner') {
			refuseLastOwner(allowed);
		}
		people.memberships.grant({ ...current, role: form.data.role, markets }, allowed.actor!.id);
		record(allowed, 'role_changed', 'membership', current.accountId, {
			from: { role: current.role, markets: current.markets },
			to: { role: form.data.role, markets }
		});
		return { changed: current.accountId };
	},
	removeMember: async (event) => {
		const allowed = await requireAccess(event, 'manage_people');
		const form = await readForm(event.request, removeSchema);
		if (!form.ok) error(400, m.refusal_whom_to_remove());
		const { people } = allowed.context;
		const current = people.memberships.find(form.data.accountId, allowed.campaignId);
		if (!current) error(404, m.refusal_not_member_of_campaign());
		if (current.role === 'campaign_owner') refuseLastOwner(allowed);
		people.memberships.remove(current.accountId, allowed.campaignId);
		// Their sessions stay: they may belong to other campaigns. Access is read per request.
		record(allowed, 'member_removed', 'membership', current.accountId, {
			role: current.role,
			markets: current.markets
		});
		return { removed: current.accountId };
	},
	share: async (event) => {
		const allowed = await requireAccess(event, 'manage_share_links');
		const form = await readForm(event.request, shareSchema);
		if (!form.ok) return fail(400, { share: form });
		const { token, link } = allowed.context.people.shareLinks.create({
			campaignId: allowed.campaignId,
			view: form.data.view,
			createdBy: allowed.actor!.id,
			days: form.data.days
		});
		record(allowed, 'share_link_created', 'share_link', link.id, {
			view: link.view,
			expiresAt: link.expiresAt
		});
		return { shareLink: `${event.url.origin}/share/${token}` };
	},
	revokeShare: async (event) => {
		const allowed = await requireAccess(event, 'manage_share_links');
		const form = await readForm(event.request, idSchema);
		if (!form.ok || !allowed.context.people.shareLinks.revoke(form.data.id, allowed.campaignId)) {
			error(404, m.refusal_share_link_not_live());
		}
		record(allowed, 'share_link_revoked', 'share_link', form.data.id, {});
		return { revoked: 'share link' };
	}
} satisfies Actions;

/**
 * The markets of a role as chosen, or why they cannot be. Only a market lead's role has
 * markets (the ones whose definitions they sign off), at least one, all of the campaign.
 */
function checkMarkets(allowed: Allowed, role: Role, markets: string[]): string[] | Problem {
	if (role !== 'market_lead') return [];
	if (markets.length === 0) return problem('problem_markets_missing');
	const campaign = findCampaign(allowed.context.db, allowed.campaignId)!;
	const known = campaign.markets.map((market) => market.code);
	const unknown = markets.filter((market) => !known.includes(market));
	if (unknown.length > 0)
		return problem('problem_markets_unknown', { markets: unknown.join(', ') });
	return [...new Set(markets)].sort();
}

/** A campaign always keeps one owner among its members, who can manage its people. */
function refuseLastOwner(allowed: Allowed): void {
	if (allowed.context.people.memberships.countWithRole(allowed.campaignId, 'campaign_owner') <= 1) {
		error(409, m.refusal_last_owner());
	}
}

function record(
	allowed: Allowed,
	action: string,
	itemKind: string,
	itemId: string,
	detail: Record<string, unknown>
): void {
	allowed.context.people.audit.record({
		accountId: allowed.actor!.id,
		campaignId: allowed.campaignId,
		action,
		itemKind,
		itemId,
		detail
	});
}
