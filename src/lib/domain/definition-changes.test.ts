import { describe, expect, it } from 'vitest';
import type { DefinitionVersion } from './definitions';
import { definitionChanges } from './definition-changes';

const version = (id: string, number: number, signedAt: (string | null)[]): DefinitionVersion => ({
	id,
	team: `${id} team`,
	markets: ['US'],
	rationale: '',
	cap: 1.5,
	kpis: [{ metric: 'ctr', comparator: '>=', target: 0.01, unit: 'percent', weight: 1 }],
	version: number,
	signatories: signedAt.map((at, i) => ({ accountId: `a${i}`, name: `A${i}`, signedAt: at })),
	signedOff: signedAt.length > 0 && signedAt.every((at) => at !== null),
	createdAt: '2026-10-01T00:00:00.000Z',
	createdBy: null
});

describe('definitionChanges', () => {
	it('dates each later signed-off version by its last sign-off, leaving out first versions and drafts', () => {
		expect(
			definitionChanges([
				version('us-brand', 1, ['2026-10-08T16:20:00Z']),
				version('us-brand', 2, ['2026-11-14T09:00:00Z', '2026-11-15T23:30:00Z']),
				version('latam', 2, ['2026-11-12T10:00:00Z']),
				version('latam', 3, ['2026-11-20T10:00:00Z', null])
			])
		).toEqual([
			{ id: 'latam', team: 'latam team', version: 2, date: '2026-11-12' },
			{ id: 'us-brand', team: 'us-brand team', version: 2, date: '2026-11-15' }
		]);
	});
});
