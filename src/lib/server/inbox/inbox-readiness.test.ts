import { describe, expect, it } from 'vitest';
import { isInboxCandidate, settledFiles, type FileStamp } from './inbox-readiness';

describe('isInboxCandidate', () => {
	it.each([
		['meta.csv', true],
		['BR__google-ads.tsv', true],
		['meta.csv.part', false],
		['meta.csv.tmp', false],
		['meta.CSV.PART', false],
		['meta.csv.crdownload', false],
		['.meta.csv.swp', false],
		['.waiting.json', false]
	])('%s → %s', (name, expected) => {
		expect(isInboxCandidate(name)).toBe(expected);
	});
});

describe('settledFiles', () => {
	const stamps = (entries: Record<string, FileStamp>) => new Map(Object.entries(entries));

	it('settles only files whose size and time held still since the previous look', () => {
		const previous = stamps({
			'still.csv': { size: 10, mtimeMs: 1 },
			'growing.csv': { size: 10, mtimeMs: 1 },
			'touched.csv': { size: 10, mtimeMs: 1 }
		});
		const current = stamps({
			'still.csv': { size: 10, mtimeMs: 1 },
			'growing.csv': { size: 20, mtimeMs: 2 },
			'touched.csv': { size: 10, mtimeMs: 2 },
			'new.csv': { size: 10, mtimeMs: 1 }
		});
		expect(settledFiles(previous, current)).toEqual(['still.csv']);
	});

	it('settles nothing on the first look', () => {
		expect(settledFiles(new Map(), stamps({ 'a.csv': { size: 1, mtimeMs: 1 } }))).toEqual([]);
	});
});
