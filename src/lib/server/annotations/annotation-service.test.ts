import { afterEach, describe, expect, it } from 'vitest';
import type { Membership } from '$lib/domain/access';
import { annotationContentSchema, type Annotation } from '$lib/domain/annotations';
import { problem } from '$lib/domain/problem';
import { baseLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import type { Allowed } from '../http/guard';
import { requireChange, write } from './annotation-service';
import { AnnotationRefusal } from './annotation-store';

// Refusals leave before anything is stored, so the asker's access is all these calls read.
const as = (role: Membership['role']): Allowed =>
	({
		access: { accountId: 'vic', campaignId: 'launch', role, markets: [] },
		actor: null,
		campaignId: 'launch'
	}) as unknown as Allowed;

const note = {
	id: 'ann-note',
	kind: 'note',
	authorId: 'someone-else'
} as Annotation;

afterEach(() => overwriteGetLocale(() => baseLocale));

describe('the annotation API’s refusals', () => {
	it('refuse a change the asker may not make, in the reader’s language', () => {
		overwriteGetLocale(() => 'pt');
		expect(() => requireChange(as('viewer'), 'create', null)).toThrow(
			expect.objectContaining({
				status: 403,
				body: {
					message: 'Sua função não permite escrever anotações; peça a um proprietário da campanha.'
				}
			})
		);
		overwriteGetLocale(() => 'en');
		expect(() => requireChange(as('recorder'), 'edit', note)).toThrow(
			expect.objectContaining({
				body: { message: 'Only its author or a campaign owner can change this annotation.' }
			})
		);
	});

	it('give every problem of the content, each after its field, in the reader’s language', () => {
		overwriteGetLocale(() => 'es');
		const refused = () =>
			write(as('campaign_owner'), 'annotation_created', null, () => {
				annotationContentSchema.parse({
					kind: 'note',
					title: ' ',
					scope: { markets: [], metrics: [] },
					time: { from: '2026-11-20', to: '2026-11-19' }
				});
				throw new Error('the content was accepted');
			});
		expect(refused).toThrow(
			expect.objectContaining({
				status: 400,
				body: {
					message:
						'title: Escribe un título.; time.to: El rango debe terminar el mismo día en que empieza o después.'
				}
			})
		);
	});

	it('word a refusal of the store for the reader, keeping English as its message', () => {
		const refusal = new AnnotationRefusal(problem('problem_disagreement_fields', { kind: 'note' }));
		expect(refusal.message).toBe(
			'Only a disagreement has positions and a resolution; this is a note.'
		);
		overwriteGetLocale(() => 'es');
		expect(() =>
			write(as('campaign_owner'), 'position_added', 'ann-note', () => {
				throw refusal;
			})
		).toThrow(
			expect.objectContaining({
				status: 400,
				body: { message: 'Solo un desacuerdo tiene posturas y una resolución; esto es una nota.' }
			})
		);
	});
});
