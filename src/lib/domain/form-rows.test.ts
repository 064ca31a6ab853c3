import { describe, expect, it } from 'vitest';
import { isBlankRow, readRows } from './form-rows';

describe('reading repeated rows from a form', () => {
	it('pairs the n-th value of each column, leaving out removed rows and reading files as empty', () => {
		const form = new FormData();
		for (const code of ['US', 'MX', 'BR']) form.append('market.code', code);
		for (const name of ['United States', 'Mexico']) form.append('market.name', name);
		form.append('market.name', new Blob(['x']));
		form.append('market.remove', '1');
		expect(readRows(form, 'market', ['code', 'name'])).toEqual([
			{ code: 'US', name: 'United States' },
			{ code: 'BR', name: '' }
		]);
		expect(readRows(new FormData(), 'market', ['code'])).toEqual([]);
	});

	it('knows a row left empty', () => {
		expect(isBlankRow({ code: ' ', name: '' })).toBe(true);
		expect(isBlankRow({ code: 'US', name: '' })).toBe(false);
	});
});
