import type { AnnotationThread } from '$lib/domain/annotation-thread';
import type { Annotation, AnnotationContentInput } from '$lib/domain/annotations';
import { m } from '$lib/paraglide/messages';

/**
 * A write's answer: saved, refused as stale (with the newer version), or refused with a reason
 * the server worded in the reader's language.
 */
export type WriteOutcome =
	| { ok: true; annotation: Annotation }
	| { ok: false; stale: Annotation }
	| { ok: false; message: string };

/** Sends one annotation request to the campaign's JSON endpoints. */
export async function annotationRequest(
	campaignId: string,
	path: string,
	method: 'GET' | 'POST' | 'PUT',
	body?: unknown
): Promise<WriteOutcome & { thread?: AnnotationThread }> {
	const response = await fetch(`/campaigns/${encodeURIComponent(campaignId)}/annotations${path}`, {
		method,
		headers: body === undefined ? undefined : { 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	const answer = await response.json().catch(() => null);
	if (response.status === 409) return { ok: false, stale: answer.stale };
	if (!response.ok) {
		return {
			ok: false,
			message: answer?.message ?? m.annotation_request_failed({ status: response.status })
		};
	}
	if (method === 'GET') return { ok: true, annotation: answer.annotation, thread: answer };
	return { ok: true, annotation: answer.saved ?? answer };
}

/** A new annotation's content from the capture form. */
export function captureContent(form: {
	kind: string;
	title: string;
	body: string;
	markets: string[];
	metrics: string[];
	from: string;
	to: string;
}): AnnotationContentInput {
	return {
		kind: form.kind as AnnotationContentInput['kind'],
		title: form.title,
		body: form.body,
		scope: { markets: form.markets, metrics: form.metrics },
		time: form.from === form.to ? { at: form.from } : { from: form.from, to: form.to }
	};
}
