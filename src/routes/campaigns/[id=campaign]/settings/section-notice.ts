import { m } from '$lib/paraglide/messages';
import type { FileRefusal, SectionNotice } from './section-result';

/** What a settings action did, in the reader's language: "Saved 2 changes." */
export function noticeText(notice: SectionNotice): string {
	switch (notice.kind) {
		case 'saved':
			return notice.changes === 0
				? m.settings_nothing_changed()
				: m.settings_saved_changes({ count: notice.changes });
		case 'rate_set':
			return m.settings_rate_set({
				count: notice.days,
				currency: notice.currency,
				rate: String(notice.rate)
			});
		case 'rates_removed':
			return m.settings_rates_removed({ count: notice.count, currency: notice.currency });
		case 'rates_uploaded':
			return m.settings_rates_uploaded({
				count: notice.count,
				currencies: notice.currencies.join(', '),
				file: notice.file
			});
		case 'creators_uploaded':
			return m.settings_creators_uploaded({ file: notice.file, parts: creatorCounts(notice) });
	}
}

/** Why an uploaded file saved nothing: "fx.csv: nothing was saved; 2 problems to mend first." */
export function refusalText(refusal: FileRefusal): string {
	return refusal.kind === 'fx_problems'
		? m.settings_fx_file_refused({ count: refusal.problems, file: refusal.file })
		: m.settings_no_creators_read({ file: refusal.file });
}

function creatorCounts(notice: Extract<SectionNotice, { kind: 'creators_uploaded' }>): string {
	const parts = [
		m.settings_creators_added({ count: notice.added }),
		m.settings_creators_updated({ count: notice.updated })
	];
	if (notice.removed !== null) parts.push(m.settings_creators_removed({ count: notice.removed }));
	if (notice.rejected > 0) parts.push(m.settings_creators_rejected({ count: notice.rejected }));
	return parts.join(', ');
}
