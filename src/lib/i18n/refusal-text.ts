import type { Action, Refusal } from '$lib/domain/access';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';

type Options = { locale?: Locale };

const ACTIONS: Record<Action, (inputs: object, options: Options) => string> = {
	read: m.access_action_read,
	comment: m.access_action_comment,
	annotate: m.access_action_annotate,
	write_log: m.access_action_write_log,
	edit_definition: m.access_action_edit_definition,
	sign_off_definition: m.access_action_sign_off_definition,
	manage_people: m.access_action_manage_people,
	manage_share_links: m.access_action_manage_share_links,
	manage_campaign: m.access_action_manage_campaign,
	import_data: m.access_action_import_data,
	hide_item: m.access_action_hide_item
};

/**
 * Why an action is refused, as a sentence for the person: in the request's language unless
 * one is given ("As a viewer you cannot import data; ask a campaign owner.").
 */
export function refusalText(refusal: Refusal, locale?: Locale): string {
	const options: Options = locale ? { locale } : {};
	const action = ACTIONS[refusal.action]({}, options);
	switch (refusal.reason) {
		case 'signed_out':
			return m.refusal_signed_out({ action }, options);
		case 'other_campaign':
			return m.refusal_other_campaign({ action }, options);
		case 'share_link':
			return m.refusal_share_link({ action }, options);
		case 'role':
			return m.refusal_role({ role: refusal.role, action }, options);
		case 'market_scope': {
			const own = refusal.own.join(', ');
			return refusal.outside.length === 0
				? m.refusal_market_scope({ own, action }, options)
				: m.refusal_market_scope_outside({ own, outside: refusal.outside.join(', ') }, options);
		}
	}
}
