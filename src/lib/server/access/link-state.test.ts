import { describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { resetLocaleAfterEach } from '../../../../tests/support/reset-locale';
import { linkRefusal, linkState } from './link-state';

resetLocaleAfterEach();

describe('linkState', () => {
	const now = new Date('2026-11-20T12:00:00Z');

	it('keeps a revoked or used link so after it expires', () => {
		const expired = { expiresAt: '2026-11-19T12:00:00Z', revokedAt: null };
		expect(linkState(expired, now)).toBe('expired');
		expect(linkState({ ...expired, revokedAt: '2026-11-18T12:00:00Z' }, now)).toBe('revoked');
		expect(linkState({ ...expired, usedAt: '2026-11-18T12:00:00Z' }, now)).toBe('used');
		expect(linkState({ ...expired, expiresAt: '2026-11-21T12:00:00Z' }, now)).toBe('live');
	});
});

describe('linkRefusal', () => {
	it('says why an invite or a share link no longer opens', () => {
		expect(linkRefusal('invite', 'used')).toBe(
			'This invite has already been used. Sign in instead, or ask for a new one.'
		);
		expect(linkRefusal('share_link', 'expired')).toBe(
			'This share link has expired. Ask the campaign owner for a new one.'
		);
	});

	it('says it in the language of the request', () => {
		overwriteGetLocale(() => 'pt');
		expect(linkRefusal('share_link', 'revoked')).toBe(
			'O proprietário da campanha retirou este link de compartilhamento.'
		);
		overwriteGetLocale(() => 'es');
		expect(linkRefusal('invite', 'expired')).toBe(
			'Esta invitación venció. Pide una nueva al propietario de la campaña.'
		);
	});
});
