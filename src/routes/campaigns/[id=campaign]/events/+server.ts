import { requireAccess } from '$lib/server/http/guard';
import type { RequestHandler } from './$types';

// A comment line now and then keeps proxies from closing a quiet stream.
const KEEP_ALIVE_MS = 20_000;

/**
 * Server-sent events for an open campaign page: `facts` when an import, undo or redo changed
 * the data, `annotations` when an annotation changed — made here, by the command line or by
 * the inbox. The page loads what changed and redraws; the stream itself carries no data, so
 * it tells a share-link visitor nothing their view does not show.
 */
export const GET: RequestHandler = async (event) => {
	const { context, campaignId } = await requireAccess(event, 'read');
	const encoder = new TextEncoder();
	let stop = () => {};
	const stream = new ReadableStream<Uint8Array>({
		start(controller) {
			const send = (text: string) => {
				try {
					controller.enqueue(encoder.encode(text));
				} catch {
					stop();
				}
			};
			send('retry: 3000\n\n');
			const unsubscribe = context.pulse.subscribe(campaignId, (changed) => {
				for (const part of changed) send(`event: ${part}\ndata: {}\n\n`);
			});
			const keepAlive = setInterval(() => send(': still here\n\n'), KEEP_ALIVE_MS);
			stop = () => {
				clearInterval(keepAlive);
				unsubscribe();
			};
			event.request.signal.addEventListener('abort', () => stop());
		},
		cancel() {
			stop();
		}
	});
	return new Response(stream, {
		headers: {
			'content-type': 'text/event-stream',
			'cache-control': 'no-store',
			connection: 'keep-alive'
		}
	});
};
