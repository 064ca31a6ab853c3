import { m } from '$lib/paraglide/messages';
import type { DecisionStatus } from './decision-log';

const STATUSES: Record<DecisionStatus, () => string> = {
	open: m.decisions_status_open,
	settled: m.decisions_status_settled,
	recorded: m.decisions_status_recorded
};

/** How a decision status reads in the log (the URL and the CSV keep the stored word). */
export function statusLabel(status: DecisionStatus): string {
	return STATUSES[status]();
}
