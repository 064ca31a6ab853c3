// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Account } from '$lib/server/access/accounts';

declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			/** The signed-in account (or the single-user account); null for everyone else. */
			account: Account | null;
			/** The session cookie's token while signed in; null otherwise. */
			sessionToken: string | null;
		}
	}
}

export {};
