import type { SubmitFunction } from '@sveltejs/kit';

/**
 * Progressive enhancement that keeps what was typed after a successful post: SvelteKit clears
 * the form by default, which would empty fields that show stored values (a view, a budget).
 */
export const keepValues: SubmitFunction =
	() =>
	async ({ update }) =>
		update({ reset: false });
