import { ANNOTATION_KINDS } from '$lib/domain/annotations';
import { m } from '$lib/paraglide/messages';
import { STATUS_FILTERS, type DecisionFilterParam } from './decision-log';

// Each filter of the address is ignored for one reason only (its value is not one of the
// choices), so the parameter is the reason: parseDecisionFilters keeps its English message, and
// the log words it in the reader's language.
const REASONS: Record<DecisionFilterParam, () => string> = {
	kind: () => m.decisions_ignored_kind({ kinds: ANNOTATION_KINDS.join(', ') }),
	market: m.decisions_ignored_market,
	metric: m.decisions_ignored_metric,
	author: m.decisions_ignored_author,
	status: () => m.decisions_ignored_status({ statuses: STATUS_FILTERS.join(', ') }),
	hidden: m.decisions_ignored_hidden
};

/** Why a filter value in the address was ignored: "no market of this campaign". */
export function ignoredFilterReason(param: DecisionFilterParam): string {
	return REASONS[param]();
}
