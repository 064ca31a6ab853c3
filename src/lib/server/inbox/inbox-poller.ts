import { InboxScanner, type InboxContext, type InboxOutcome } from './inbox-scanner';

/** A running watch over every campaign's inbox. */
export interface InboxPoller {
	/** Scans finished so far. */
	readonly scans: number;
	/** Resolves once `count` scans begun after the call have finished. */
	afterScans(count: number): Promise<void>;
	/** Stops watching; resolves when a scan under way has finished. */
	stop(): Promise<void>;
}

// Kept on globalThis: the dev server evaluates server modules again after an edit, and a
// module-level map would then let a second poller start beside the first.
const REGISTRY = Symbol.for('parallax.inboxPollers');
const registry = ((globalThis as Record<symbol, unknown>)[REGISTRY] ??= new Map()) as Map<
	string,
	InboxPoller
>;

/**
 * Starts looking at every campaign's inbox every `intervalMs` (the config's
 * PARALLAX_INBOX_POLL_MS by default). Watching the folders for events instead would miss
 * files on network shares and some containers' mounts, so the inbox is polled. One poller
 * runs per data directory: a second call returns the first. Returns null when the interval
 * is 0 (inboxes unwatched).
 */
export function startInboxPoller(
	context: InboxContext,
	intervalMs = context.config.inboxPollMs,
	report: (outcome: InboxOutcome) => void = logOutcome
): InboxPoller | null {
	if (intervalMs <= 0) return null;
	const running = registry.get(context.config.dataDir);
	if (running) return running;

	const scanner = new InboxScanner(context);
	let scans = 0;
	let busy = false;
	let stopped = false;
	let timer: NodeJS.Timeout | null = null;
	let current: Promise<void> = Promise.resolve();
	const waiters: { until: number; resolve: () => void }[] = [];

	const tick = () => {
		busy = true;
		current = scanner
			.scan()
			.then((outcomes) => outcomes.forEach(report))
			.catch((error: unknown) => console.error('inbox: scan failed', error))
			.finally(() => {
				busy = false;
				scans += 1;
				for (const waiter of waiters.filter((w) => w.until <= scans)) {
					waiters.splice(waiters.indexOf(waiter), 1);
					waiter.resolve();
				}
				// The next scan is timed from the end of this one, so two never overlap.
				if (!stopped) timer = setTimeout(tick, intervalMs).unref();
			});
	};

	const poller: InboxPoller = {
		get scans() {
			return scans;
		},
		afterScans(count) {
			// A scan under way may have listed the inbox already: only scans begun later count.
			const until = scans + count + (busy ? 1 : 0);
			return new Promise((resolve) => waiters.push({ until, resolve }));
		},
		async stop() {
			stopped = true;
			if (timer) clearTimeout(timer);
			registry.delete(context.config.dataDir);
			await current;
		}
	};
	registry.set(context.config.dataDir, poller);
	tick();
	return poller;
}

/** The server log's line for what a scan did; waiting files are shown on the Data page. */
function logOutcome(outcome: InboxOutcome): void {
	const where = `inbox: campaign ${outcome.campaignId}`;
	if (outcome.status === 'imported') {
		const { rows } = outcome.report;
		console.info(
			`${where}: imported ${outcome.report.file}: ${rows.loaded} rows loaded, ${rows.rejected} rejected`
		);
	} else if (outcome.status === 'failed') {
		console.warn(`${where}: ${outcome.reason} (moved to failed/)`);
	}
}
