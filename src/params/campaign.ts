import type { ParamMatcher } from '@sveltejs/kit';

/** Campaign ids are lowercase slugs; anything else is a 404 before any load runs. */
export const match = ((param: string) =>
	/^[a-z0-9][a-z0-9-]{0,62}$/.test(param)) satisfies ParamMatcher;
