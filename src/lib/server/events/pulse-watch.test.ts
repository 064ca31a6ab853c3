import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CampaignPulse } from './campaign-pulse';
import { PulseWatch } from './pulse-watch';

describe('PulseWatch', () => {
	let pulses: Record<string, CampaignPulse>;
	let reads: string[];
	let watch: PulseWatch;

	beforeEach(() => {
		vi.useFakeTimers();
		pulses = { a: { facts: 'v1', annotations: '3' }, b: { facts: 'w1', annotations: '0' } };
		reads = [];
		watch = new PulseWatch((id) => {
			reads.push(id);
			return { ...pulses[id]! };
		}, 1000);
	});

	afterEach(() => vi.useRealTimers());

	it('tells every page watching a campaign which part changed, once per change', () => {
		const first: string[][] = [];
		const second: string[][] = [];
		watch.subscribe('a', (changed) => first.push(changed));
		watch.subscribe('a', (changed) => second.push(changed));
		vi.advanceTimersByTime(1000);
		expect(first).toEqual([]);
		pulses.a = { facts: 'v2', annotations: '3' };
		vi.advanceTimersByTime(1000);
		vi.advanceTimersByTime(1000);
		pulses.a = { facts: 'v2', annotations: '4' };
		vi.advanceTimersByTime(1000);
		expect(first).toEqual([['facts'], ['annotations']]);
		expect(second).toEqual(first);
	});

	it('does not tell pages about another campaign', () => {
		const told: string[][] = [];
		watch.subscribe('b', (changed) => told.push(changed));
		pulses.a = { facts: 'v9', annotations: '9' };
		vi.advanceTimersByTime(3000);
		expect(told).toEqual([]);
	});

	it('stops looking at a campaign when its last page leaves', () => {
		const stopA = watch.subscribe('a', () => {});
		const stopA2 = watch.subscribe('a', () => {});
		watch.subscribe('b', () => {});
		expect(watch.campaignsWatched).toBe(2);
		stopA();
		expect(watch.campaignsWatched).toBe(2);
		stopA2();
		expect(watch.campaignsWatched).toBe(1);
		reads = [];
		vi.advanceTimersByTime(2000);
		expect(reads).toEqual(['b', 'b']);
	});

	it('keeps watching after a failed read and reports the change it then sees', () => {
		const told: string[][] = [];
		let failing = false;
		const flaky = new PulseWatch(() => {
			if (failing) throw new Error('database is locked');
			return { ...pulses.a! };
		}, 1000);
		flaky.subscribe('a', (changed) => told.push(changed));
		failing = true;
		vi.advanceTimersByTime(1000);
		failing = false;
		pulses.a = { facts: 'v3', annotations: '3' };
		vi.advanceTimersByTime(1000);
		expect(told).toEqual([['facts']]);
	});
});
