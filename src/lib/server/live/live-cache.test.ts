import { describe, expect, it } from 'vitest';
import { ResultCache } from './live-cache';

describe('ResultCache', () => {
	it('computes a key once however many ask at the same time', async () => {
		const cache = new ResultCache<number>();
		let runs = 0;
		const compute = async () => ++runs;
		const [a, b] = await Promise.all([cache.get('k', compute), cache.get('k', compute)]);
		expect([a, b, runs]).toEqual([1, 1, 1]);
		expect(await cache.get('other', compute)).toBe(2);
	});

	it('forgets the oldest key beyond its size, and a failure at once', async () => {
		const cache = new ResultCache<string>(2);
		let runs = 0;
		const compute = (value: string) => async () => (runs++, value);
		await cache.get('a', compute('a'));
		await cache.get('b', compute('b'));
		await cache.get('c', compute('c'));
		await cache.get('a', compute('a again'));
		expect(runs).toBe(4);
		await expect(cache.get('x', () => Promise.reject(new Error('busy')))).rejects.toThrow('busy');
		expect(await cache.get('x', compute('x'))).toBe('x');
	});
});
