import { toggleImport } from '$lib/server/import-request';
import type { RequestHandler } from './$types';

/** Redoes an undone import: its rows take their place in the facts again. Owners only. */
export const POST = ((event) => toggleImport(event, 'redo')) satisfies RequestHandler;
