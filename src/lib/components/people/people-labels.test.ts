import { afterEach, describe, expect, it } from 'vitest';
import { baseLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { auditActionLabel, linkStateLabel, roleWithMarkets } from './people-labels';

describe('people labels', () => {
	afterEach(() => overwriteGetLocale(() => baseLocale));

	it('name a role with the markets it is limited to', () => {
		expect(roleWithMarkets('market_lead', ['BR', 'MX'])).toBe('market lead of BR, MX');
		expect(roleWithMarkets('viewer', [])).toBe('viewer');
		overwriteGetLocale(() => 'es');
		expect(roleWithMarkets('market_lead', ['BR'])).toBe('responsable de mercado de BR');
	});

	it('read audit actions as the record said them in English, and translated', () => {
		expect(auditActionLabel('invite_accepted')).toBe('invite accepted');
		overwriteGetLocale(() => 'pt');
		expect(auditActionLabel('invite_accepted')).toBe('convite aceito');
		expect(linkStateLabel('revoked')).toBe('revogado');
	});

	it('show an action it does not know by its stored name', () => {
		overwriteGetLocale(() => 'pt');
		expect(auditActionLabel('campaign_archived')).toBe('campaign archived');
	});
});
