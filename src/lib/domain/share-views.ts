import { z } from 'zod';

/** The views of a campaign a share link may open; the people page is never shared. */
export const SHAREABLE_VIEWS = ['live', 'data'] as const;

/** A shareable view's label, for the share form. */
export const SHAREABLE_VIEW_LABELS: Record<(typeof SHAREABLE_VIEWS)[number], string> = {
	live: 'Live chart',
	data: 'Data and import history'
};

const SHAREABLE_VIEW = new RegExp(`^(${SHAREABLE_VIEWS.join('|')})(\\?[^#\\s]*)?$`);

/**
 * A shared view as stored: one of the shareable views with the query that sets its filters,
 * such as `live?metric=views&market=BR`.
 */
export const shareViewSchema = z
	.string()
	.trim()
	.refine((view) => SHAREABLE_VIEW.test(view), {
		message: 'problem_share_view',
		params: { views: SHAREABLE_VIEWS.join(', ') }
	})
	.max(2000, 'problem_share_view_too_long');
