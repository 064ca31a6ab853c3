import { afterEach, describe, expect, it } from 'vitest';
import { baseLocale, overwriteGetLocale, type Locale } from '$lib/paraglide/runtime';
import type { ObservedEffect } from '$lib/domain/effects/observed-effect';
import {
	directionLabel,
	effectVerdictLabel,
	kindLabel,
	notMeasurableLabel,
	revisionChangeLabel
} from './annotation-labels';

const readIn = (locale: Locale) => overwriteGetLocale(() => locale);

describe('annotation labels', () => {
	afterEach(() => readIn(baseLocale));

	it('read the stored kind in the reader’s language at the time it is shown', () => {
		expect(kindLabel('disagreement')).toBe('disagreement');
		readIn('es');
		expect(kindLabel('disagreement')).toBe('desacuerdo');
		readIn('pt');
		expect(kindLabel('disagreement')).toBe('divergência');
	});

	it('show a kind or change they do not know as it is stored', () => {
		readIn('es');
		expect(kindLabel('toString')).toBe('toString');
		expect(revisionChangeLabel('moved_elsewhere')).toBe('moved elsewhere');
		expect(revisionChangeLabel('position_added')).toBe('postura añadida');
	});

	it('read directions and observed-effect verdicts', () => {
		readIn('pt');
		expect(directionLabel('up')).toBe('sobe');
		expect(effectVerdictLabel('inconclusive')).toBe('Inconclusivo: o intervalo inclui o zero');
	});

	it('say why an effect cannot be measured, as the effect says it in English', () => {
		const window = (days: number) => ({
			from: '2026-11-01',
			to: '2026-11-07',
			days,
			meanDifference: null
		});
		const effect: Extract<ObservedEffect, { status: 'not_measurable' }> = {
			days: 7,
			scopeMarkets: ['MX'],
			comparisonMarkets: ['US'],
			before: window(3),
			after: window(1),
			status: 'not_measurable',
			reasonCode: 'too_few_days',
			reason:
				'Needs at least 2 days with data on both sides before and after the decision; found 3 before and 1 after.'
		};
		expect(notMeasurableLabel(effect)).toBe(effect.reason);
		readIn('es');
		expect(notMeasurableLabel(effect)).toBe(
			'Se necesitan al menos 2 días con datos de ambos lados antes y después de la decisión; hay 3 antes y 1 después.'
		);
		readIn('pt');
		expect(notMeasurableLabel({ ...effect, reasonCode: 'after_last_day' })).toBe(
			'A decisão começa depois do último dia com dados.'
		);
	});
});
