import { describe, expect, it } from 'vitest';
import { safeNextPath, signInPath } from './next-path';

describe('safeNextPath', () => {
	it('keeps a path on this site with its query', () => {
		expect(safeNextPath('/campaigns/x/live?a=1')).toBe('/campaigns/x/live?a=1');
		expect(safeNextPath('/')).toBe('/');
	});

	it('sends anything else home', () => {
		for (const next of [
			null,
			undefined,
			'',
			'https://evil.example',
			'//evil.example',
			'/\\evil.example',
			'\\\\evil.example',
			'javascript:alert(1)',
			'campaigns/x',
			'/a\nb',
			'/\t/evil.example',
			'/a\rb'
		]) {
			expect(safeNextPath(next), JSON.stringify(next)).toBe('/');
		}
	});
});

describe('signInPath', () => {
	it('sends the home page to plain sign-in', () => {
		expect(signInPath('/')).toBe('/sign-in');
	});

	it('carries the wanted path, encoded, as next', () => {
		const wanted = '/campaigns/x/live?a=1&b=2';
		const href = signInPath(wanted);
		expect(href).toBe('/sign-in?next=%2Fcampaigns%2Fx%2Flive%3Fa%3D1%26b%3D2');
		const next = new URL(href, 'http://localhost').searchParams.get('next');
		expect(next).toBe(wanted);
		expect(safeNextPath(next)).toBe(wanted);
	});
});
