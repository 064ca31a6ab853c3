import type { AnnotationChange } from './annotation-access';
import type { Annotation, AnnotationKind } from './annotations';

/** One save of an annotation as the side panel lists it. */
export interface ThreadRevision {
	revision: number;
	change: string;
	changedBy: string | null;
	changedAt: string;
	/** Fields that differ from the revision before. */
	changed: string[];
}

/** An annotation as its side panel shows it, for one reader. */
export interface AnnotationThread {
	annotation: Annotation;
	/** The Markdown body rendered and sanitized on the server. */
	bodyHtml: string;
	revisions: ThreadRevision[];
	/** Display names of the accounts the thread mentions (author, editors, parties, settler). */
	names: Record<string, string>;
	/** Annotations this one links to, and those that link to it. */
	related: {
		id: string;
		title: string;
		kind: AnnotationKind;
		direction: 'links_to' | 'linked_from';
	}[];
	/** What the reader may do to it. */
	may: Record<Exclude<AnnotationChange, 'create'>, boolean>;
}
