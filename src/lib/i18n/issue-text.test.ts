import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { annotationContentSchema } from '$lib/domain/annotations';
import { issuesText } from './issue-text';

const issuesOf = (schema: z.ZodType, value: unknown) => {
	const parsed = schema.safeParse(value);
	if (parsed.success) throw new Error('the value was accepted');
	return parsed.error.issues;
};

describe('issuesText', () => {
	it('words every problem after the path it lies at, in the language asked for', () => {
		const issues = issuesOf(annotationContentSchema, {
			kind: 'note',
			title: ' ',
			scope: { markets: ['Mexico'], metrics: [] },
			time: { at: '2026-11-16' }
		});
		expect(issuesText(issues, 'en')).toBe(
			'title: Write a title.; scope.markets.0: Enter a two-letter market code such as BR.'
		);
		expect(issuesText(issues, 'es')).toBe(
			'title: Escribe un título.; scope.markets.0: Escribe un código de mercado de dos letras, como BR.'
		);
	});

	it('names a key the schema does not know rather than calling it not valid', () => {
		const issues = issuesOf(z.strictObject({ kind: z.string() }), {
			kind: 'note',
			expected_effect: {}
		});
		expect(issuesText(issues, 'pt')).toBe('Chave desconhecida: expected_effect.');
	});

	it('words a value of the wrong type, which no check of ours names, as not valid', () => {
		const issues = issuesOf(z.object({ base: z.number() }), { base: 'one' });
		expect(issuesText(issues, 'en')).toBe('base: This value is not valid.');
	});
});
