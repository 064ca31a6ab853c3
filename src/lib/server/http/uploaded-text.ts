import { problem, type Problem } from '$lib/domain/problem';
import { problemText } from '$lib/i18n/problem-text';
import { decodeFile } from '$lib/ingest/decode';
import { refuseUpload } from '../upload-check';

/**
 * The text of a small CSV file posted in a form field (a settings list), decoded from UTF-8,
 * UTF-16 or windows-1252 like any import; or why it cannot be read, as a problem and worded in
 * the request's language.
 */
export async function uploadedText(
	form: FormData,
	field: string,
	maxBytes: number
): Promise<
	{ ok: true; name: string; text: string } | { ok: false; problem: Problem; message: string }
> {
	const file = form.get(field);
	if (!(file instanceof File) || file.name === '')
		return refused(problem('problem_upload_no_file'));
	const bytes = new Uint8Array(await file.arrayBuffer());
	const refusal = refuseUpload(file.name, bytes, maxBytes);
	if (refusal) return refused(refusal);
	return { ok: true, name: file.name, text: new TextDecoder().decode(decodeFile(bytes).utf8) };
}

function refused(why: Problem): { ok: false; problem: Problem; message: string } {
	return { ok: false, problem: why, message: problemText(why) };
}
