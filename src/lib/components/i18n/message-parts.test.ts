import { afterEach, describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { baseLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { messageParts } from './message-parts';

describe('messageParts', () => {
	afterEach(() => overwriteGetLocale(() => baseLocale));

	it('cuts a message at its values, wherever the language puts them', () => {
		const failed = () =>
			messageParts(
				(s) => m.data_inbox_failed({ file: s.file, folder: s.folder, reason: 'empty file' }),
				['file', 'folder']
			);
		expect(failed()).toEqual([
			{ slot: 'file' },
			{ text: ' could not be imported and was moved to ' },
			{ slot: 'folder' },
			{ text: ': empty file' }
		]);
		overwriteGetLocale(() => 'pt');
		expect(failed()).toEqual([
			{ text: 'Não foi possível importar ' },
			{ slot: 'file' },
			{ text: ', e ele foi movido para ' },
			{ slot: 'folder' },
			{ text: ': empty file' }
		]);
	});

	it('keeps a message without the values whole', () => {
		expect(messageParts(() => 'No values here.', ['file'])).toEqual([{ text: 'No values here.' }]);
	});
});
