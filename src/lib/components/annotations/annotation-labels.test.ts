import { afterEach, describe, expect, it } from 'vitest';
import { baseLocale, overwriteGetLocale, type Locale } from '$lib/paraglide/runtime';
import {
	directionLabel,
	effectVerdictLabel,
	kindLabel,
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
});
