import type { GanttNote } from '$lib/charts/gantt-layout';
import type { Annotation } from '$lib/domain/annotations';

/**
 * The annotations the Gantt draws: every visible one, on the markets it names (all markets
 * when it names none). A phase is about days and markets, so an annotation's metrics do not
 * keep it off.
 */
export function ganttNotes(annotations: readonly Annotation[]): GanttNote[] {
	return annotations
		.filter((annotation) => !annotation.hidden)
		.map(({ id, kind, title, scope, time }) => ({
			id,
			kind,
			title,
			markets: scope.markets,
			from: 'at' in time ? time.at : time.from,
			to: 'at' in time ? time.at : time.to
		}));
}
