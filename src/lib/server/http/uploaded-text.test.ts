import { afterEach, describe, expect, it } from 'vitest';
import { baseLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { uploadedText } from './uploaded-text';

afterEach(() => overwriteGetLocale(() => baseLocale));

function form(file?: File): FormData {
	const data = new FormData();
	if (file) data.set('file', file);
	return data;
}

describe('uploadedText', () => {
	it('reads the text of a CSV file', async () => {
		const file = new File(['code,name\nBR,Brasil\n'], 'markets.csv');
		expect(await uploadedText(form(file), 'file', 1048576)).toEqual({
			ok: true,
			name: 'markets.csv',
			text: 'code,name\nBR,Brasil\n'
		});
	});

	it("refuses a missing, wrong or too large file with a problem worded in the request's language", async () => {
		overwriteGetLocale(() => 'es');
		expect(await uploadedText(form(), 'file', 1048576)).toEqual({
			ok: false,
			problem: { code: 'problem_upload_no_file' },
			message: 'Primero elige un archivo CSV.'
		});
		const sheet = new File([new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])], 'rates.xlsx');
		expect(await uploadedText(form(sheet), 'file', 1048576)).toMatchObject({
			ok: false,
			problem: { code: 'problem_upload_not_csv', params: { file: 'rates.xlsx' } }
		});
		overwriteGetLocale(() => 'pt');
		const big = new File([new Uint8Array(3 * 1048576).fill(0x41)], 'big.csv');
		expect(await uploadedText(form(big), 'file', 2 * 1048576)).toEqual({
			ok: false,
			problem: {
				code: 'problem_upload_too_large',
				params: { file: 'big.csv', size: '3.0', limit: 2 }
			},
			message: 'big.csv: 3.0 MB passa do limite de 2 MB'
		});
	});

	it('refuses a binary file and an empty one', async () => {
		// A zip (an .xlsx renamed): a few zero bytes among many others.
		const zip = new Uint8Array(64).fill(0x41);
		zip.set([0x50, 0x4b, 3, 4, 20, 0, 8, 0]);
		const binary = new File([zip], 'a.csv');
		expect(await uploadedText(form(binary), 'file', 1048576)).toMatchObject({
			ok: false,
			message: 'a.csv: this is not a text file'
		});
		expect(await uploadedText(form(new File([], 'b.csv')), 'file', 1048576)).toMatchObject({
			ok: false,
			message: 'b.csv: the file is empty'
		});
	});
});
