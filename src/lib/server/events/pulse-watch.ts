import type { CampaignPulse } from './campaign-pulse';
import { pulseChanges } from './campaign-pulse';

/** Told which parts of a campaign's pulse changed. */
export type PulseListener = (changed: (keyof CampaignPulse)[]) => void;

interface Watched {
	last: CampaignPulse;
	listeners: Set<PulseListener>;
	timer: ReturnType<typeof setInterval>;
}

/**
 * Looks at the campaigns that some page has open, one timer per campaign however many pages
 * watch it, and tells the pages what changed. A campaign nobody watches is not looked at.
 * Looking is one small SQLite read, so a second's delay costs nothing; the command line and
 * the inbox write from other processes, so being told by the writer would miss them.
 */
export class PulseWatch {
	readonly #watched = new Map<string, Watched>();

	constructor(
		private readonly read: (campaignId: string) => CampaignPulse,
		private readonly everyMs: number
	) {}

	/** Starts telling `listener` about the campaign's changes; returns the way to stop. */
	subscribe(campaignId: string, listener: PulseListener): () => void {
		const watched = this.#watched.get(campaignId) ?? this.#start(campaignId);
		watched.listeners.add(listener);
		return () => {
			watched.listeners.delete(listener);
			if (watched.listeners.size > 0) return;
			clearInterval(watched.timer);
			this.#watched.delete(campaignId);
		};
	}

	/** How many campaigns are being looked at (for tests of the clean-up). */
	get campaignsWatched(): number {
		return this.#watched.size;
	}

	#start(campaignId: string): Watched {
		const watched: Watched = {
			last: this.read(campaignId),
			listeners: new Set(),
			timer: setInterval(() => this.#look(campaignId, watched), this.everyMs)
		};
		this.#watched.set(campaignId, watched);
		return watched;
	}

	#look(campaignId: string, watched: Watched): void {
		let now: CampaignPulse;
		try {
			now = this.read(campaignId);
		} catch {
			// A busy or removed campaign is looked at again next time; the pages keep what they have.
			return;
		}
		const changed = pulseChanges(watched.last, now);
		watched.last = now;
		if (changed.length === 0) return;
		for (const listener of watched.listeners) listener(changed);
	}
}
