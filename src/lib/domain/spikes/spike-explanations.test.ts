import { describe, expect, it } from 'vitest';
import type { Spike } from './detect-spikes';
import { annotationExplains, explainSpikes, type ExplainingAnnotation } from './spike-explanations';

const SPIKE: Spike = {
	date: '2026-11-13',
	market: 'BR',
	metric: 'views',
	value: 1_526_355,
	z: 31.8,
	expected: 43_945,
	baseline: 'own',
	historyDays: 10,
	borrowedFrom: [],
	pooledDays: 0,
	rareAt: 11
};

function note(
	id: string,
	scope: Partial<ExplainingAnnotation['scope']>,
	time: ExplainingAnnotation['time'],
	hidden = false
): ExplainingAnnotation {
	return {
		id,
		scope: { markets: [], metrics: [], platforms: [], variants: [], ...scope },
		time,
		hidden
	};
}

describe('annotationExplains', () => {
	it.each([
		[
			'its day, market and metric',
			{ markets: ['BR'], metrics: ['views'] },
			{ at: '2026-11-13' },
			true
		],
		[
			'a range over the day',
			{ markets: ['BR'], metrics: ['views'] },
			{ from: '2026-11-12', to: '2026-11-13' },
			true
		],
		['every market and metric', {}, { at: '2026-11-13' }, true],
		['its market, every metric', { markets: ['BR'] }, { at: '2026-11-13' }, true],
		[
			'a platform of the market',
			{ markets: ['BR'], platforms: ['tiktok'] },
			{ at: '2026-11-13' },
			true
		],
		['another day', { markets: ['BR'], metrics: ['views'] }, { at: '2026-11-14' }, false],
		[
			'a range that starts after it',
			{ markets: ['BR'] },
			{ from: '2026-11-15', to: '2026-11-22' },
			false
		],
		['another market', { markets: ['MX'], metrics: ['views'] }, { at: '2026-11-13' }, false],
		['another metric', { markets: ['BR'], metrics: ['spend'] }, { at: '2026-11-13' }, false]
	] as [string, Partial<ExplainingAnnotation['scope']>, ExplainingAnnotation['time'], boolean][])(
		'%s',
		(_, scope, time, explains) => {
			expect(annotationExplains(note('a', scope, time), SPIKE)).toBe(explains);
		}
	);

	it('never counts a hidden annotation', () => {
		expect(annotationExplains(note('a', {}, { at: '2026-11-13' }, true), SPIKE)).toBe(false);
	});
});

describe('explainSpikes', () => {
	it('names every covering annotation, and leaves an uncovered spike needing a why', () => {
		const covering = [
			note('ann-viral', { markets: ['BR'], metrics: ['views'] }, { at: '2026-11-13' }),
			note('ann-week', { markets: ['BR'] }, { from: '2026-11-09', to: '2026-11-15' }),
			note('ann-mx', { markets: ['MX'] }, { at: '2026-11-13' })
		];
		const other = { ...SPIKE, market: 'AR' };
		expect(explainSpikes([SPIKE, other], covering)).toEqual([
			{ ...SPIKE, explained: true, explainedBy: ['ann-viral', 'ann-week'] },
			{ ...other, explained: false, explainedBy: [] }
		]);
	});
});
