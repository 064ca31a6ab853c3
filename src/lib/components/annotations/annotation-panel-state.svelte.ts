/** A new annotation's range and, when it is not the view's own, its scope and first words. */
export interface AnnotationDraft {
	from: string;
	to: string;
	/** A spike's market and metric when its why is being written; the view's otherwise. */
	markets?: string[];
	metrics?: string[];
	/** Prefilled fields, such as a late phase's title. */
	initial?: { kind?: string; title?: string; body?: string };
}

/**
 * What a page's annotation panel holds: a new annotation being written or an open thread,
 * never both; and annotate mode, in which any drag on a chart writes one.
 */
export class AnnotationPanelState {
	#draft = $state<AnnotationDraft | null>(null);
	#selected = $state<string | null>(null);
	#annotating = $state(false);

	/** @param selected the annotation whose thread is open at first, if any */
	constructor(selected: string | null) {
		this.#selected = selected;
	}

	/** The new annotation being written, or null. */
	get draft(): AnnotationDraft | null {
		return this.#draft;
	}

	/** The id of the annotation whose thread is open, or null. */
	get selected(): string | null {
		return this.#selected;
	}

	/** Whether a plain drag on the chart writes an annotation instead of zooming. */
	get annotating(): boolean {
		return this.#annotating;
	}

	/** Starts writing a new annotation, in place of any open thread. */
	write(draft: AnnotationDraft): void {
		this.#draft = draft;
		this.#selected = null;
	}

	/** Opens an annotation's thread, in place of any new one being written. */
	open(id: string): void {
		this.#selected = id;
		this.#draft = null;
	}

	/** Drops the new annotation being written. */
	cancel(): void {
		this.#draft = null;
	}

	/** Closes the panel. */
	close(): void {
		this.#draft = null;
		this.#selected = null;
	}

	/** Turns annotate mode on or off. */
	toggleAnnotating(): void {
		this.#annotating = !this.#annotating;
	}

	/**
	 * A new annotation was saved: annotate mode ends, and its thread opens once `reload` has
	 * brought it into the page's annotations.
	 */
	async saved(id: string, reload: () => Promise<unknown>): Promise<void> {
		this.#draft = null;
		this.#annotating = false;
		await reload();
		this.#selected = id;
	}
}
