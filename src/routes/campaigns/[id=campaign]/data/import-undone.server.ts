import type { People } from '$lib/server/access/people';
import type { StoredImport } from '$lib/server/import-store';
import type { ImportActor } from './import-labels';

/** An undone import as the history shows it: when, and by whom. */
export interface UndoneState {
	at: string;
	by: ImportActor;
}

/** An account by its name, or as a removed account once it is gone. */
export function accountActor(people: People, accountId: string): ImportActor {
	const account = people.accounts.find(accountId);
	return account ? { kind: 'account', name: account.name } : { kind: 'former_account' };
}

/** When and by whom an import was undone (nobody signed in: the command line), or null while it counts. */
export function undoneState(
	people: People,
	entry: Pick<StoredImport, 'undoneAt' | 'undoneBy'>
): UndoneState | null {
	if (entry.undoneAt === null) return null;
	const by: ImportActor = entry.undoneBy
		? accountActor(people, entry.undoneBy)
		: { kind: 'source', source: 'cli' };
	return { at: entry.undoneAt, by };
}
