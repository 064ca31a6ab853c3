import { afterEach, describe, expect, it } from 'vitest';
import type { Refusal } from '$lib/domain/access';
import { baseLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { refusalText } from './refusal-text';

afterEach(() => overwriteGetLocale(() => baseLocale));

describe('refusalText', () => {
	it.each<{ refusal: Refusal; text: string }>([
		{
			refusal: { reason: 'signed_out', action: 'annotate' },
			text: 'Sign in to write annotations.'
		},
		{
			refusal: { reason: 'share_link', action: 'comment' },
			text: 'A share link only lets you see this campaign; sign in to comment.'
		},
		{
			refusal: { reason: 'other_campaign', action: 'read' },
			text: 'Your access is to another campaign; you cannot see this campaign here.'
		},
		{
			refusal: { reason: 'role', action: 'import_data', role: 'viewer' },
			text: 'As a viewer you cannot import data; ask a campaign owner.'
		},
		{
			refusal: { reason: 'role', action: 'import_data', role: 'market_lead' },
			text: 'As a market lead you cannot import data; ask a campaign owner.'
		},
		{
			refusal: { reason: 'role', action: 'sign_off_definition', role: 'recorder' },
			text: 'As a recorder you cannot sign off success definitions; ask a campaign owner.'
		},
		{
			refusal: { reason: 'market_scope', action: 'edit_definition', own: ['BR'], outside: [] },
			text: 'You lead BR; you can only edit success definitions whose markets are all among them.'
		},
		{
			refusal: {
				reason: 'market_scope',
				action: 'edit_definition',
				own: ['MX', 'CO'],
				outside: ['BR', 'US']
			},
			text: 'You lead MX, CO; this definition also covers BR, US.'
		}
	])('words $refusal.reason in English: $text', ({ refusal, text }) => {
		expect(refusalText(refusal, 'en')).toBe(text);
	});

	it('words the role and the action in the language asked for', () => {
		const refusal: Refusal = { reason: 'role', action: 'import_data', role: 'viewer' };
		expect(refusalText(refusal, 'es')).toBe(
			'Como lector no puedes importar datos; pídeselo a un propietario de la campaña.'
		);
		expect(refusalText(refusal, 'pt')).toBe(
			'Como leitor, você não pode importar dados; peça a um proprietário da campanha.'
		);
	});

	it('words a refusal in the request’s language when none is given', () => {
		overwriteGetLocale(() => 'pt');
		expect(refusalText({ reason: 'signed_out', action: 'manage_people' })).toBe(
			'Entre para gerenciar pessoas e convites.'
		);
	});
});
