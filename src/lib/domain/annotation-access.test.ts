import { describe, expect, it } from 'vitest';
import type { Membership, Role } from './access';
import { mayChangeAnnotation, type AnnotationChange } from './annotation-access';

const member = (role: Role, accountId = 'me'): Membership => ({
	accountId,
	campaignId: 'c',
	role,
	markets: role === 'market_lead' ? ['BR'] : []
});
const mine = { authorId: 'me', kind: 'disagreement' as const };
const theirs = { authorId: 'someone', kind: 'disagreement' as const };
const theirNote = { authorId: 'someone', kind: 'note' as const };

// role → change → [on my disagreement, on someone else's disagreement, on someone else's note]
const expected: Record<Role, Record<Exclude<AnnotationChange, 'create'>, boolean[]>> = {
	campaign_owner: {
		edit: [true, true, true],
		hide: [true, true, true],
		add_position: [true, true, false],
		resolve: [true, true, false]
	},
	market_lead: {
		edit: [true, false, false],
		hide: [true, false, false],
		add_position: [true, true, false],
		resolve: [true, false, false]
	},
	recorder: {
		edit: [true, false, false],
		hide: [true, false, false],
		add_position: [true, true, false],
		resolve: [true, false, false]
	},
	viewer: {
		edit: [false, false, false],
		hide: [false, false, false],
		add_position: [true, true, false],
		resolve: [false, false, false]
	}
};

describe('mayChangeAnnotation', () => {
	for (const [role, changes] of Object.entries(expected) as [Role, (typeof expected)[Role]][]) {
		it(`gives a ${role} what the role allows`, () => {
			expect(mayChangeAnnotation(member(role), 'create', null)).toBe(role !== 'viewer');
			for (const [change, [onMine, onTheirs, onTheirNote]] of Object.entries(changes)) {
				const c = change as AnnotationChange;
				expect(mayChangeAnnotation(member(role), c, mine), `${c} mine`).toBe(onMine);
				expect(mayChangeAnnotation(member(role), c, theirs), `${c} theirs`).toBe(onTheirs);
				expect(mayChangeAnnotation(member(role), c, theirNote), `${c} their note`).toBe(
					onTheirNote
				);
			}
		});
	}

	it('lets neither a share link nor nobody change anything', () => {
		for (const access of [null, { shareLinkId: 's', campaignId: 'c' }]) {
			for (const change of ['create', 'edit', 'hide', 'add_position', 'resolve'] as const) {
				expect(mayChangeAnnotation(access, change, theirs)).toBe(false);
			}
		}
	});
});
