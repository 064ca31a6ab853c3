import type { Annotation } from '$lib/domain/annotations';
import { annotationStart } from '$lib/domain/annotations';

/** The calendar day of an instant in the reader's own time zone, as YYYY-MM-DD. */
export function localDay(instant: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

/** The annotations written on the reader's today, oldest first, hidden ones left out. */
export function writtenToday(annotations: readonly Annotation[], now: Date): Annotation[] {
	const today = localDay(now);
	return annotations
		.filter((a) => !a.hidden && localDay(new Date(a.createdAt)) === today)
		.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/**
 * One line of plain text per annotation, to paste into a chat or an email:
 * "- Decision: Cap MX spend (MX · spend · 2026-11-22)". Kinds come worded by the caller.
 */
export function bulletText(
	annotations: readonly Annotation[],
	kindWord: (kind: Annotation['kind']) => string,
	everyMarket: string
): string {
	return annotations
		.map((a) => {
			const where = [
				a.scope.markets.length > 0 ? a.scope.markets.join(', ') : everyMarket,
				...(a.scope.metrics.length > 0 ? [a.scope.metrics.join(', ')] : []),
				annotationStart(a.time)
			].join(' · ');
			return `- ${kindWord(a.kind)}: ${a.title} (${where})`;
		})
		.join('\n');
}
