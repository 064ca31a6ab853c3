import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from './suggest';

describe('editDistance', () => {
	it.each([
		['', '', 0],
		['likes', 'likes', 0],
		['likez', 'likes', 1],
		['like', 'likes', 1],
		['kitten', 'sitting', 3],
		['', 'abc', 3],
		['imprssions', 'impressions', 1]
	])('%s → %s: %i', (a, b, distance) => {
		expect(editDistance(a, b)).toBe(distance);
		expect(editDistance(b, a)).toBe(distance);
	});
});

describe('closestName', () => {
	const COLUMNS = ['likes', 'comments', 'shares', 'saves', 'impressions', 'content_id'];

	it.each([
		['likez', 'likes'],
		['coments', 'comments'],
		['contentid', 'content_id'],
		['imprssions', 'impressions'],
		['xyz', null],
		['revenue', null]
	])('%s → %s', (name, expected) => {
		expect(closestName(name, COLUMNS)).toBe(expected);
	});

	it('prefers the nearer of two candidates', () => {
		expect(closestName('saved', ['shares', 'saves'])).toBe('saves');
	});
});
