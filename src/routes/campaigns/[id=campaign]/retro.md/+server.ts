import { retroDownload } from '$lib/server/retro/retro-request';
import type { RequestHandler } from './$types';

/** The retrospective as Markdown (`?as_of=YYYY-MM-DD&days=N`), for the next campaign's playbook. */
export const GET = ((event) => retroDownload(event, 'md')) satisfies RequestHandler;
