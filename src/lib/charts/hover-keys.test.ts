import { describe, expect, it } from 'vitest';
import { hoverIndexForKey } from './hover-keys';

describe('hoverIndexForKey', () => {
	it.each([
		['ArrowRight from nothing starts at the first day', -1, 'ArrowRight', 0],
		['ArrowLeft from nothing starts at the last day', -1, 'ArrowLeft', 4],
		['ArrowRight steps one day on', 2, 'ArrowRight', 3],
		['ArrowRight stops at the last day', 4, 'ArrowRight', 4],
		['ArrowLeft steps one day back', 2, 'ArrowLeft', 1],
		['ArrowLeft stops at the first day', 0, 'ArrowLeft', 0],
		['Home jumps to the first day', 3, 'Home', 0],
		['End jumps to the last day', 1, 'End', 4],
		['Escape clears the readout', 2, 'Escape', -1],
		['Escape with nothing hovered is left to the page', -1, 'Escape', undefined],
		['other keys are left to the page', 2, 'Tab', undefined]
	])('%s', (_name, current, key, expected) => {
		expect(hoverIndexForKey(current, key, 5)).toBe(expected);
	});

	it('handles no key but Escape on a chart without days', () => {
		expect(hoverIndexForKey(-1, 'ArrowRight', 0)).toBeUndefined();
		expect(hoverIndexForKey(0, 'Escape', 0)).toBe(-1);
	});
});
