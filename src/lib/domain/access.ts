import { z } from 'zod';
import { marketSchema } from './campaign';

/** The roles a person can hold in one campaign, from most to least powerful. */
export const ROLES = ['campaign_owner', 'market_lead', 'recorder', 'viewer'] as const;

/** A role in one campaign. */
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Everything the server checks before it reads or changes a campaign. */
export const ACTIONS = [
	'read',
	'comment',
	'annotate',
	'write_log',
	'edit_definition',
	'sign_off_definition',
	'manage_people',
	'manage_share_links',
	'manage_campaign',
	'import_data',
	'hide_item'
] as const;

/** One action on a campaign. */
export const actionSchema = z.enum(ACTIONS);
export type Action = z.infer<typeof actionSchema>;

/** A person's place in one campaign; `markets` empty means every market of the campaign. */
export const membershipSchema = z.object({
	accountId: z.string().min(1),
	campaignId: z.string().min(1),
	role: roleSchema,
	markets: z.array(marketSchema.shape.code)
});
export type Membership = z.infer<typeof membershipSchema>;

/** What a visitor holding a valid share link may do: read the one campaign it belongs to. */
export const shareAccessSchema = z.object({
	shareLinkId: z.string().min(1),
	campaignId: z.string().min(1)
});
export type ShareAccess = z.infer<typeof shareAccessSchema>;

/** Whoever is asking: a member, a share-link visitor, or nobody signed in. */
export type Access = Membership | ShareAccess | null;

/** What an action touches: the campaign, and the markets of the item (a definition's markets). */
export interface ActionTarget {
	campaignId?: string;
	markets?: readonly string[];
}

/** The actions each role may take, before market scope is applied. */
export const ROLE_ACTIONS: Readonly<Record<Role, readonly Action[]>> = {
	campaign_owner: ACTIONS,
	market_lead: ['read', 'comment', 'annotate', 'edit_definition', 'sign_off_definition'],
	recorder: ['read', 'comment', 'annotate', 'write_log'],
	viewer: ['read', 'comment']
};

/** Actions a market lead may take only on items that lie wholly within the lead's markets. */
const MARKET_SCOPED: ReadonlySet<Action> = new Set(['edit_definition', 'sign_off_definition']);

/**
 * Why an action is refused, as data: the boundary words it for the person
 * (src/lib/i18n/refusal-text.ts), so that it reads in their language.
 */
export type Refusal =
	| { reason: 'signed_out' | 'other_campaign' | 'share_link'; action: Action }
	| { reason: 'role'; action: Action; role: Role }
	/** A market lead's `own` markets, and those of the item that lie `outside` them (none known: empty). */
	| { reason: 'market_scope'; action: Action; own: string[]; outside: string[] };

type Verdict =
	| { allowed: true }
	| { allowed: false; reason: 'signed_out' | 'other_campaign' | 'share_link' | 'role' }
	| { allowed: false; reason: 'market_scope'; outside: string[] };

function judge(access: Access, action: Action, target: ActionTarget): Verdict {
	if (access === null) return { allowed: false, reason: 'signed_out' };
	if (target.campaignId !== undefined && target.campaignId !== access.campaignId) {
		return { allowed: false, reason: 'other_campaign' };
	}
	if (!('role' in access)) {
		return action === 'read' ? { allowed: true } : { allowed: false, reason: 'share_link' };
	}
	if (!ROLE_ACTIONS[access.role].includes(action)) return { allowed: false, reason: 'role' };
	if (access.role !== 'market_lead' || !MARKET_SCOPED.has(action) || access.markets.length === 0) {
		return { allowed: true };
	}
	// An item whose markets are unknown cannot be shown to lie within the lead's markets.
	const markets = target.markets ?? [];
	if (markets.length === 0) return { allowed: false, reason: 'market_scope', outside: [] };
	const outside = markets.filter((m) => !access.markets.includes(m));
	return outside.length === 0
		? { allowed: true }
		: { allowed: false, reason: 'market_scope', outside };
}

/** Whether `access` may take `action` on `target` (a definition's markets for sign-off and edits). */
export function can(access: Access, action: Action, target: ActionTarget = {}): boolean {
	return judge(access, action, target).allowed;
}

/**
 * Whether `access` may take `action` on at least some item: for a market lead, one that lies
 * within their own markets. Pages use it to offer a form; each save is checked on its item.
 */
export function canSomewhere(access: Access, action: Action, campaignId?: string): boolean {
	return can(access, action, { campaignId, markets: ownMarkets(access) });
}

/** The markets a market lead leads; empty for every other access. */
export function ownMarkets(access: Access): string[] {
	return access !== null && 'role' in access ? access.markets : [];
}

/** Why `access` may not take `action` on `target`; null when allowed. */
export function refusalOf(
	access: Access,
	action: Action,
	target: ActionTarget = {}
): Refusal | null {
	const verdict = judge(access, action, target);
	if (verdict.allowed) return null;
	switch (verdict.reason) {
		case 'role':
			return { reason: 'role', action, role: (access as Membership).role };
		case 'market_scope':
			return {
				reason: 'market_scope',
				action,
				own: (access as Membership).markets,
				outside: verdict.outside
			};
		default:
			return { reason: verdict.reason, action };
	}
}
