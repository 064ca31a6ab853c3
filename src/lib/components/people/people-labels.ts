import type { Role } from '$lib/domain/access';
import type { SHAREABLE_VIEWS } from '$lib/domain/share-views';
import { m } from '$lib/paraglide/messages';

// Roles, link states, shared views and audit actions are stored in English; only their labels
// follow the reader's language, looked up when shown.

const ROLES: Record<Role, () => string> = {
	campaign_owner: m.people_role_campaign_owner,
	market_lead: m.people_role_market_lead,
	recorder: m.people_role_recorder,
	viewer: m.people_role_viewer
};

/** A role as people say it: "market lead", "responsable de mercado". */
export function roleName(role: Role): string {
	return ROLES[role]();
}

/** A role with the markets it is limited to, if any: "market lead of BR, MX". */
export function roleWithMarkets(role: Role, markets: readonly string[]): string {
	return markets.length > 0
		? m.people_role_of_markets({ role: roleName(role), markets: markets.join(', ') })
		: roleName(role);
}

const LINK_STATES: Record<string, () => string> = {
	live: m.people_link_live,
	expired: m.people_link_expired,
	revoked: m.people_link_revoked,
	used: m.people_link_used
};

/** Where an invite or share link stands: "live", "revoked". */
export function linkStateLabel(state: string): string {
	return Object.hasOwn(LINK_STATES, state) ? LINK_STATES[state]!() : state;
}

const SHARED_VIEWS: Record<(typeof SHAREABLE_VIEWS)[number], () => string> = {
	live: m.people_share_view_live,
	data: m.people_share_view_data
};

/** What a shareable view shows: "Live chart". */
export function sharedViewLabel(view: (typeof SHAREABLE_VIEWS)[number]): string {
	return SHARED_VIEWS[view]();
}

const AUDIT_ACTIONS: Record<string, () => string> = {
	administrator_created: m.audit_administrator_created,
	annotation_changed: m.audit_annotation_changed,
	annotation_created: m.audit_annotation_created,
	annotation_hidden: m.audit_annotation_hidden,
	annotation_shown: m.audit_annotation_shown,
	approvals_imported: m.settings_timeline_audit_approvals,
	campaign_created: m.audit_campaign_created,
	campaign_exported: m.audit_campaign_exported,
	campaign_imported: m.audit_campaign_imported,
	creators_imported: m.audit_creators_imported,
	definition_changed: m.audit_definition_changed,
	definition_created: m.audit_definition_created,
	definition_signed_off: m.audit_definition_signed_off,
	experiment_changed: m.audit_experiment_changed,
	experiment_created: m.audit_experiment_created,
	disagreement_resolved: m.audit_disagreement_resolved,
	fx_rates_changed: m.audit_fx_rates_changed,
	import_created: m.audit_import_created,
	import_redone: m.audit_import_redone,
	import_undone: m.audit_import_undone,
	invite_accepted: m.audit_invite_accepted,
	invite_created: m.audit_invite_created,
	invite_revoked: m.audit_invite_revoked,
	member_removed: m.audit_member_removed,
	password_changed: m.audit_password_changed,
	position_added: m.audit_position_added,
	role_changed: m.audit_role_changed,
	settings_changed: m.audit_settings_changed,
	share_link_created: m.audit_share_link_created,
	share_link_revoked: m.audit_share_link_revoked,
	sign_in: m.audit_sign_in,
	sign_in_failed: m.audit_sign_in_failed,
	sign_in_throttled: m.audit_sign_in_throttled,
	signed_out_everywhere: m.audit_signed_out_everywhere,
	sourcing_imported: m.settings_timeline_audit_sourcing
};

/**
 * What an audit record says was done: "invite accepted". An action this list does not know
 * yet reads as its stored name.
 */
export function auditActionLabel(action: string): string {
	return Object.hasOwn(AUDIT_ACTIONS, action)
		? AUDIT_ACTIONS[action]!()
		: action.replaceAll('_', ' ');
}
