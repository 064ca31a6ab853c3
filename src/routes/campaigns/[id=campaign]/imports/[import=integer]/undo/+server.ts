import { toggleImport } from '$lib/server/import-request';
import type { RequestHandler } from './$types';

/** Undoes an import: its rows leave the facts and the rows it replaced come back. Owners only. */
export const POST = ((event) => toggleImport(event, 'undo')) satisfies RequestHandler;
