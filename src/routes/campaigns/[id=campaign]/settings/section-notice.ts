import { m } from '$lib/paraglide/messages';
import type { FileRefusal, SectionNotice, TimelineRecords } from './section-result';

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
		case 'timeline_records_uploaded':
			return RECORDS_UPLOADED[notice.records]({ file: notice.file, parts: recordCounts(notice) });
		case 'actual_phases_uploaded':
			return m.settings_timeline_phases_uploaded({
				file: notice.file,
				parts: withRejected([m.settings_timeline_phases_set({ count: notice.phases })], notice)
			});
	}
}

/** Why an uploaded file saved nothing: "fx.csv: nothing was saved; 2 problems to mend first." */
export function refusalText(refusal: FileRefusal): string {
	switch (refusal.kind) {
		case 'fx_problems':
			return m.settings_fx_file_refused({ count: refusal.problems, file: refusal.file });
		case 'no_creators':
			return m.settings_no_creators_read({ file: refusal.file });
		case 'no_timeline_records':
			return NO_RECORDS[refusal.records]({ file: refusal.file });
		case 'no_actual_phases':
			return m.settings_timeline_no_phases({ file: refusal.file });
	}
}

const RECORDS_UPLOADED: Record<TimelineRecords, typeof m.settings_timeline_sourcing_uploaded> = {
	sourcing: m.settings_timeline_sourcing_uploaded,
	approvals: m.settings_timeline_approvals_uploaded
};

const NO_RECORDS: Record<TimelineRecords, typeof m.settings_timeline_no_sourcing> = {
	sourcing: m.settings_timeline_no_sourcing,
	approvals: m.settings_timeline_no_approvals
};

function creatorCounts(notice: Extract<SectionNotice, { kind: 'creators_uploaded' }>): string {
	const parts = [
		m.settings_creators_added({ count: notice.added }),
		m.settings_creators_updated({ count: notice.updated })
	];
	if (notice.removed !== null) parts.push(m.settings_creators_removed({ count: notice.removed }));
	if (notice.rejected > 0) parts.push(m.settings_creators_rejected({ count: notice.rejected }));
	return parts.join(', ');
}

function recordCounts(
	notice: Extract<SectionNotice, { kind: 'timeline_records_uploaded' }>
): string {
	const parts = [
		m.settings_timeline_added({ count: notice.added }),
		m.settings_timeline_updated({ count: notice.updated })
	];
	if (notice.removed !== null) parts.push(m.settings_timeline_removed({ count: notice.removed }));
	return withRejected(parts, notice);
}

function withRejected(parts: string[], notice: { rejected: number }): string {
	if (notice.rejected > 0) parts.push(m.settings_timeline_rejected({ count: notice.rejected }));
	return parts.join(', ');
}
