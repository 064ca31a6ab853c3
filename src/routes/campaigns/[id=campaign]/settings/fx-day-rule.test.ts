import { afterEach, describe, expect, it } from 'vitest';
import { FX_DAY_RULE } from '$lib/domain/fx-days';
import { m } from '$lib/paraglide/messages';
import { baseLocale, overwriteGetLocale } from '$lib/paraglide/runtime';

describe('the FX rule on the settings page', () => {
	afterEach(() => overwriteGetLocale(() => baseLocale));

	it('says in English exactly the rule the converted numbers follow', () => {
		expect(m.settings_fx_day_rule()).toBe(FX_DAY_RULE);
		overwriteGetLocale(() => 'es');
		expect(m.settings_fx_day_rule()).not.toBe(FX_DAY_RULE);
	});
});
