import { goto } from '$app/navigation';
import { page } from '$app/state';
import {
	parseFilters,
	withFilters,
	type FilterChoices,
	type FilterProblem,
	type LiveFilters
} from './filters';

/**
 * The live view's filters, read from the page URL. `set` navigates to a URL with the new
 * filters (a history entry, so back/forward restore the previous ones); until that navigation
 * lands, the new values are shown at once and further `set` calls build on them, so that two
 * quick clicks do not overwrite each other.
 */
export class FilterState {
	#defaults: () => LiveFilters;
	#choices: () => FilterChoices;
	/** Values asked for by `set` whose navigation has not landed yet (raw: compared by identity). */
	#pending = $state.raw<LiveFilters | null>(null);
	#parsed = $derived.by(() =>
		parseFilters(page.url.searchParams, this.#defaults(), this.#choices())
	);

	/**
	 * @param defaults the filters when the URL says nothing (read on every use, so that they
	 *   may follow the page's data)
	 * @param choices values the URL may pick from (e.g. the campaign's markets)
	 */
	constructor(defaults: () => LiveFilters, choices: () => FilterChoices = () => ({})) {
		this.#defaults = defaults;
		this.#choices = choices;
	}

	/** All filters at once. */
	get filters(): LiveFilters {
		return this.#pending ?? this.#parsed.filters;
	}

	/** First day shown, or null. */
	get from(): string | null {
		return this.filters.from;
	}

	/** Last day shown, or null. */
	get to(): string | null {
		return this.filters.to;
	}

	/** Market codes shown; empty for all. */
	get markets(): string[] {
		return this.filters.markets;
	}

	/** Platforms shown; empty for all. */
	get platforms(): string[] {
		return this.filters.platforms;
	}

	/** Id of the charted metric. */
	get metric(): string {
		return this.filters.metric;
	}

	/** URL values that were ignored, with the reason, for a notice on the page. */
	get problems(): FilterProblem[] {
		return this.#parsed.problems;
	}

	/** Changes some filters by navigating to the URL that holds them. */
	async set(partial: Partial<LiveFilters>): Promise<void> {
		const defaults = this.#defaults();
		const url = withFilters(page.url, { ...this.filters, ...partial }, defaults);
		if (url.href === page.url.href) {
			this.#pending = null;
			return;
		}
		// What the new URL will read as, so that nothing shifts when the navigation lands.
		const next = parseFilters(url.searchParams, defaults, this.#choices()).filters;
		this.#pending = next;
		try {
			// The target is this page with another query; page.url already carries the base path.
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			await goto(url, { keepFocus: true, noScroll: true });
		} finally {
			// A later `set` may have replaced the pending values; those are its to clear.
			if (this.#pending === next) this.#pending = null;
		}
	}
}
