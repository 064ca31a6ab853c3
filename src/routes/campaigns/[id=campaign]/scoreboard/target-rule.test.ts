import { afterEach, describe, expect, it } from 'vitest';
import type { Kpi } from '$lib/domain/definitions';
import { effectiveTarget } from '$lib/domain/scoring/targets';
import { baseLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { targetRule } from './target-rule';

type Target = Pick<Kpi, 'target' | 'unit' | 'currency' | 'period'>;

const campaign = { start: '2026-11-01', end: '2026-11-30' };
const week = { from: '2026-11-02', to: '2026-11-08' };
const whole = { from: '2026-10-25', to: '2026-12-05' };

// The interface's rule must say in English exactly what the scoring's effectiveTarget says.
const CASES: [string, Target, { from: string; to: string }][] = [
	['a rate', { target: 0.035, unit: 'percent' }, week],
	['money', { target: 20, unit: 'currency', currency: 'USD' }, week],
	['a ratio', { target: 2, unit: 'ratio' }, week],
	['a daily count', { target: 1500, unit: 'count', period: 'day' }, week],
	[
		'a daily count over one day',
		{ target: 1500, unit: 'count', period: 'day' },
		{ from: '2026-11-02', to: '2026-11-02' }
	],
	['a weekly count', { target: 10000, unit: 'count', period: 'week' }, week],
	['a campaign count over part of it', { target: 1_000_000, unit: 'count' }, week],
	[
		'a campaign count over all of it',
		{ target: 1_000_000, unit: 'count', period: 'campaign' },
		whole
	]
];

describe('the target rule in English', () => {
	afterEach(() => overwriteGetLocale(() => baseLocale));

	it.each(CASES)('reads as effectiveTarget for %s', (_, kpi, range) => {
		expect(targetRule(kpi, range, campaign, 'en-US')).toBe(
			effectiveTarget(kpi, range, campaign).rule
		);
	});

	it('is written in the reader’s language and numbers', () => {
		overwriteGetLocale(() => 'es');
		expect(
			targetRule({ target: 10000, unit: 'count', period: 'week' }, week, campaign, 'es-MX')
		).toBe('10,000 por semana, prorrateado a 7 días');
	});
});
