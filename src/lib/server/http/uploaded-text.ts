import { decodeFile } from '$lib/ingest/decode';
import { refuseUpload } from '../upload-check';

/**
 * The text of a small CSV file posted in a form field (a settings list), decoded from UTF-8,
 * UTF-16 or windows-1252 like any import; or why it cannot be read.
 */
export async function uploadedText(
	form: FormData,
	field: string,
	maxBytes: number
): Promise<{ ok: true; name: string; text: string } | { ok: false; message: string }> {
	const file = form.get(field);
	if (!(file instanceof File) || file.name === '') {
		return { ok: false, message: 'Choose a CSV file first.' };
	}
	const bytes = new Uint8Array(await file.arrayBuffer());
	const refusal = refuseUpload(file.name, bytes, maxBytes);
	if (refusal) return { ok: false, message: refusal };
	return { ok: true, name: file.name, text: new TextDecoder().decode(decodeFile(bytes).utf8) };
}
