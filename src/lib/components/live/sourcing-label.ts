import type { Creator } from '$lib/domain/creators';
import { m } from '$lib/paraglide/messages';

/** A creator's sourcing channel in the reader's language; a dash when it is not known. */
export function sourcingLabel(sourcing: Creator['sourcing']): string {
	if (sourcing === 'existing_network') return m.settings_sourcing_existing_network();
	if (sourcing === 'cold_outreach') return m.settings_sourcing_cold_outreach();
	return '—';
}
