import { retroDownload } from '$lib/server/retro/retro-request';
import type { RequestHandler } from './$types';

/** The retrospective as a standalone, printable HTML file (`?as_of=YYYY-MM-DD&days=N`). */
export const GET = ((event) => retroDownload(event, 'html')) satisfies RequestHandler;
