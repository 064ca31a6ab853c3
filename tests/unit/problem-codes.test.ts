import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Domain code names problems by code (src/lib/domain/problem.ts) and the page words them with
// the message of the same key. A code written in the source without its message would reach a
// reader as the generic "not valid" text; this test finds every such code before anyone does.

function sourceFiles(folder: string): string[] {
	return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(folder, entry.name);
		if (entry.isDirectory()) return entry.name === 'paraglide' ? [] : sourceFiles(full);
		return /\.(ts|svelte)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
	});
}

const codesInSource = new Map<string, string>();
for (const file of [...sourceFiles('src')]) {
	const text = fs.readFileSync(file, 'utf8');
	for (const match of text.matchAll(/['"`](problem_[a-z0-9_]+)['"`]/g)) {
		codesInSource.set(match[1]!, file);
	}
}

const english = JSON.parse(fs.readFileSync('messages/en.json', 'utf8')) as Record<string, unknown>;

describe('problem codes', () => {
	it('are found in the source (the scan reads the files it should)', () => {
		expect(codesInSource.has('problem_invalid_value')).toBe(true);
	});

	it('each have a message in the catalogs', () => {
		const missing = [...codesInSource].filter(([code]) => !(code in english));
		expect(missing).toEqual([]);
	});
});
