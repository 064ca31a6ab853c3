import { describe, expect, it } from 'vitest';
import { timelineRecordCounts } from './timeline-record-counts';

describe('timeline record counts', () => {
	it('count creators approached and distinct pieces reviewed per market, in the campaign order', () => {
		const sourcing = [{ market: 'BR' }, { market: 'US' }, { market: 'BR' }];
		const approvals = [
			{ market: 'BR', contentId: 'p1' },
			{ market: 'BR', contentId: 'p1' },
			{ market: 'BR', contentId: 'p2' },
			{ market: 'MX', contentId: 'p1' }
		];
		expect(timelineRecordCounts(['US', 'BR', 'CO'], sourcing, approvals)).toEqual([
			{ market: 'US', creators: 1, pieces: 0 },
			{ market: 'BR', creators: 2, pieces: 2 },
			{ market: 'CO', creators: 0, pieces: 0 },
			{ market: 'MX', creators: 0, pieces: 1 }
		]);
	});
});
