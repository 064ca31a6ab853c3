import { can, type Access } from './access';

/** What someone may do to an annotation. */
export type AnnotationChange = 'create' | 'edit' | 'hide' | 'add_position' | 'resolve';

/** The annotation a change is about: who wrote it and what kind it is. */
export interface AnnotationOwnership {
	authorId: string;
	kind: 'decision' | 'disagreement' | 'note' | 'learning';
}

/**
 * Whether `access` may make `change` to `annotation` (null for a new one). Writers (recorders,
 * market leads, owners) create annotations and edit, hide or resolve their own; a campaign
 * owner may do so to anyone's. Every member, a viewer too, may add a position to a
 * disagreement; a share link may do nothing.
 */
export function mayChangeAnnotation(
	access: Access,
	change: AnnotationChange,
	annotation: AnnotationOwnership | null
): boolean {
	if (access === null || !('role' in access)) return false;
	const owner = access.role === 'campaign_owner';
	const own = annotation !== null && annotation.authorId === access.accountId;
	switch (change) {
		case 'create':
			return can(access, 'annotate');
		case 'edit':
		case 'hide':
			return can(access, 'annotate') && (own || owner);
		case 'add_position':
			return annotation?.kind === 'disagreement' && can(access, 'comment');
		case 'resolve':
			return annotation?.kind === 'disagreement' && (owner || (own && can(access, 'annotate')));
	}
}
