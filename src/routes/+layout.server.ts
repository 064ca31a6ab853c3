import { appContext } from '$lib/server/app-context';
import type { LayoutServerLoad } from './$types';

/** Who is signed in, for the header on every page. */
export const load = (async ({ locals }) => {
	const { singleUserAccount } = await appContext();
	return {
		account: locals.account ? { name: locals.account.name } : null,
		singleUser: singleUserAccount !== null
	};
}) satisfies LayoutServerLoad;
