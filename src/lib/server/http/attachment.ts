/**
 * A Content-Disposition header that makes the browser save the response under a file's own
 * name. The name comes from an upload, so it is cut to its last path segment and given twice
 * (RFC 6266): a plain ASCII `filename` with anything that could break the header or point
 * elsewhere replaced by `_`, and the exact name UTF-8 encoded in `filename*`.
 */
export function attachmentDisposition(fileName: string): string {
	const lastSegment = fileName.split(/[/\\]/).at(-1)!;
	const printable = [...lastSegment].filter((c) => c >= ' ' && c !== '\u007f').join('');
	const base = printable.replace(/^\.+/, '').trim() || 'download';
	const ascii = base.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
	return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(base)}`;
}

function encodeRfc5987(text: string): string {
	return encodeURIComponent(text).replace(
		/['()*]/g,
		(c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
	);
}
