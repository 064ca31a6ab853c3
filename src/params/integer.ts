import type { ParamMatcher } from '@sveltejs/kit';

/** Row ids such as an import's: a positive whole number; anything else is a 404 before any load runs. */
export const match = ((param: string) => /^[1-9]\d{0,14}$/.test(param)) satisfies ParamMatcher;
