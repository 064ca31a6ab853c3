import { describe, expect, it } from 'vitest';
import {
	ACTIONS,
	ROLES,
	can,
	membershipSchema,
	refusalOf,
	type Action,
	type Membership,
	type Role,
	type ShareAccess
} from './access';

const member = (role: Role, markets: string[] = []): Membership => ({
	accountId: 'acc-1',
	campaignId: 'summer',
	role,
	markets
});

// Every role × action for a member of every market: true where the action is allowed.
const matrix: Record<Action, Record<Role, boolean>> = {
	read: { campaign_owner: true, market_lead: true, recorder: true, viewer: true },
	comment: { campaign_owner: true, market_lead: true, recorder: true, viewer: true },
	annotate: { campaign_owner: true, market_lead: true, recorder: true, viewer: false },
	write_log: { campaign_owner: true, market_lead: false, recorder: true, viewer: false },
	edit_definition: { campaign_owner: true, market_lead: true, recorder: false, viewer: false },
	sign_off_definition: { campaign_owner: true, market_lead: true, recorder: false, viewer: false },
	manage_people: { campaign_owner: true, market_lead: false, recorder: false, viewer: false },
	manage_share_links: { campaign_owner: true, market_lead: false, recorder: false, viewer: false },
	manage_campaign: { campaign_owner: true, market_lead: false, recorder: false, viewer: false },
	import_data: { campaign_owner: true, market_lead: false, recorder: false, viewer: false },
	hide_item: { campaign_owner: true, market_lead: false, recorder: false, viewer: false }
};

describe('can: every role × action', () => {
	const cases = ROLES.flatMap((role) =>
		ACTIONS.map((action) => ({ role, action, allowed: matrix[action][role] }))
	);
	it.each(cases)('$role may $action: $allowed', ({ role, action, allowed }) => {
		expect(can(member(role), action, { markets: ['US'] })).toBe(allowed);
		expect(refusalOf(member(role), action, { markets: ['US'] }) === null).toBe(allowed);
	});

	it('covers every action in the table', () => {
		expect(Object.keys(matrix).sort()).toEqual([...ACTIONS].sort());
	});
});

describe('can: market scope', () => {
	const lead = member('market_lead', ['MX', 'CO']);
	const cases: { name: string; action: Action; markets?: string[]; allowed: boolean }[] = [
		{ name: 'one own market', action: 'edit_definition', markets: ['MX'], allowed: true },
		{
			name: 'all own markets',
			action: 'sign_off_definition',
			markets: ['CO', 'MX'],
			allowed: true
		},
		{ name: 'one foreign market', action: 'edit_definition', markets: ['US'], allowed: false },
		{
			name: 'own plus foreign',
			action: 'sign_off_definition',
			markets: ['MX', 'BR'],
			allowed: false
		},
		{ name: 'no markets given', action: 'edit_definition', allowed: false },
		{ name: 'empty markets', action: 'sign_off_definition', markets: [], allowed: false },
		{ name: 'reading a foreign market', action: 'read', markets: ['US'], allowed: true },
		{ name: 'annotating a foreign market', action: 'annotate', markets: ['US'], allowed: true }
	];
	it.each(cases)('a lead of MX, CO: $name ($action) → $allowed', ({ action, markets, allowed }) => {
		expect(can(lead, action, markets ? { markets } : {})).toBe(allowed);
	});

	it('a lead of every market may edit any definition', () => {
		const everywhere = member('market_lead');
		expect(can(everywhere, 'edit_definition', { markets: ['US', 'BR', 'AR'] })).toBe(true);
		expect(can(everywhere, 'sign_off_definition')).toBe(true);
	});

	it('market scope does not narrow a campaign owner', () => {
		expect(can(member('campaign_owner', ['US']), 'edit_definition', { markets: ['BR'] })).toBe(
			true
		);
	});

	it('names the markets outside the lead’s scope', () => {
		expect(refusalOf(lead, 'edit_definition', { markets: ['MX', 'BR', 'US'] })).toEqual({
			reason: 'market_scope',
			action: 'edit_definition',
			own: ['MX', 'CO'],
			outside: ['BR', 'US']
		});
	});
});

describe('can: share links and strangers', () => {
	const link: ShareAccess = { shareLinkId: 'link-1', campaignId: 'summer' };

	it.each(ACTIONS.map((action) => ({ action, allowed: action === 'read' })))(
		'a share link may $action: $allowed',
		({ action, allowed }) => {
			expect(can(link, action, { markets: ['US'] })).toBe(allowed);
		}
	);

	it('a share link reads only its own campaign', () => {
		expect(can(link, 'read', { campaignId: 'summer' })).toBe(true);
		expect(can(link, 'read', { campaignId: 'winter' })).toBe(false);
	});

	it.each([...ACTIONS])('nobody signed in may not %s', (action) => {
		expect(can(null, action)).toBe(false);
	});

	it('a member of one campaign has no rights in another', () => {
		expect(can(member('campaign_owner'), 'read', { campaignId: 'winter' })).toBe(false);
		expect(can(member('campaign_owner'), 'read', { campaignId: 'summer' })).toBe(true);
	});
});

describe('refusalOf', () => {
	it.each([
		{ access: null, action: 'annotate' as const, refusal: { reason: 'signed_out' } },
		{
			access: { shareLinkId: 'l', campaignId: 'summer' },
			action: 'comment' as const,
			refusal: { reason: 'share_link' }
		},
		{
			access: member('viewer'),
			action: 'import_data' as const,
			refusal: { reason: 'role', role: 'viewer' }
		},
		{
			access: member('recorder'),
			action: 'sign_off_definition' as const,
			refusal: { reason: 'role', role: 'recorder' }
		},
		{
			access: member('market_lead', ['BR']),
			action: 'edit_definition' as const,
			refusal: { reason: 'market_scope', own: ['BR'], outside: [] }
		}
	])('$action: $refusal.reason', ({ access, action, refusal }) => {
		expect(refusalOf(access, action)).toEqual({ ...refusal, action });
	});

	it('names another campaign as the reason for a member of one campaign', () => {
		expect(refusalOf(member('campaign_owner'), 'read', { campaignId: 'winter' })).toEqual({
			reason: 'other_campaign',
			action: 'read'
		});
	});

	it('is null when the action is allowed', () => {
		expect(refusalOf(member('viewer'), 'read')).toBeNull();
	});
});

describe('membershipSchema', () => {
	it('accepts a membership and refuses an unknown role or a bad market code', () => {
		expect(membershipSchema.safeParse(member('recorder', ['US'])).success).toBe(true);
		expect(membershipSchema.safeParse({ ...member('viewer'), role: 'admin' }).success).toBe(false);
		expect(membershipSchema.safeParse(member('viewer', ['usa'])).success).toBe(false);
	});
});
