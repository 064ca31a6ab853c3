import type { People } from '$lib/server/access/people';
import type { StoredImport } from '$lib/server/import-store';

/** An undone import as the history shows it: when, and by whom in words. */
export interface UndoneState {
	at: string;
	by: string;
}

/** When and by whom an import was undone, or null while it counts. */
export function undoneState(
	people: People,
	entry: Pick<StoredImport, 'undoneAt' | 'undoneBy'>
): UndoneState | null {
	if (entry.undoneAt === null) return null;
	const by = entry.undoneBy
		? (people.accounts.find(entry.undoneBy)?.name ?? 'former account')
		: 'the command line';
	return { at: entry.undoneAt, by };
}
