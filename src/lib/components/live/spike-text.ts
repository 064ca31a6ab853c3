import type { Spike } from '$lib/domain/spikes/detect-spikes';
import { formatList } from '$lib/components/i18n/list-format';
import { m } from '$lib/paraglide/messages';

/** Which baseline a spike was held against, in the reader's language. */
export function spikeBaselineText(spike: Spike): string {
	return spike.baseline === 'own'
		? m.live_spike_baseline_own({ days: spike.historyDays })
		: m.live_spike_baseline_borrowed({
				days: spike.historyDays,
				markets: formatList(spike.borrowedFrom)
			});
}
