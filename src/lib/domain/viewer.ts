import { can, type Membership, type Role } from './access';

/** Who is looking at a campaign, as its pages need to know: to show or hide what they may do. */
export type Viewer =
	| {
			kind: 'member';
			role: Role;
			markets: string[];
			can: { importData: boolean; managePeople: boolean; manageShareLinks: boolean };
	  }
	| { kind: 'shared'; view: string; expiresAt: string };

/**
 * The viewer for a page: a member with what their role allows, or a share-link visitor with
 * the view they were given. The pages only hide what the server would refuse anyway.
 */
export function describeViewer(
	access: Membership | { link: { view: string; expiresAt: string } }
): Viewer {
	if ('link' in access) {
		return { kind: 'shared', view: access.link.view, expiresAt: access.link.expiresAt };
	}
	const target = { campaignId: access.campaignId };
	return {
		kind: 'member',
		role: access.role,
		markets: access.markets,
		can: {
			importData: can(access, 'import_data', target),
			managePeople: can(access, 'manage_people', target),
			manageShareLinks: can(access, 'manage_share_links', target)
		}
	};
}
