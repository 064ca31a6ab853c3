import { describe, expect, it } from 'vitest';
import { describeViewer } from './viewer';

describe('describeViewer', () => {
	it('tells a page what a member may do, from the role', () => {
		expect(
			describeViewer({ accountId: 'a', campaignId: 'c', role: 'campaign_owner', markets: [] })
		).toEqual({
			kind: 'member',
			role: 'campaign_owner',
			markets: [],
			can: { importData: true, managePeople: true, manageShareLinks: true }
		});
		expect(
			describeViewer({ accountId: 'a', campaignId: 'c', role: 'market_lead', markets: ['BR'] })
		).toMatchObject({
			markets: ['BR'],
			can: { importData: false, managePeople: false, manageShareLinks: false }
		});
	});

	it('gives a share-link visitor the one view they were given, and nothing to do', () => {
		expect(
			describeViewer({ link: { view: 'live?metric=likes', expiresAt: '2026-12-09T10:00:00.000Z' } })
		).toEqual({ kind: 'shared', view: 'live?metric=likes', expiresAt: '2026-12-09T10:00:00.000Z' });
	});
});
