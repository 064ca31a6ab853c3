/**
 * Keyboard navigation of a chart's hover readout: the arrow keys step from day to day,
 * Home and End jump to the first and last day, Escape clears the readout.
 */

/**
 * The hover index after a key press on a chart of `count` days, `current` being -1 when
 * nothing is hovered. Returns -1 to clear the readout and `undefined` for a key the chart
 * does not handle (so that it keeps its default action).
 */
export function hoverIndexForKey(current: number, key: string, count: number): number | undefined {
	// Escape with nothing hovered is left to the page (it may close a dialog around the chart).
	if (key === 'Escape') return current < 0 ? undefined : -1;
	if (count === 0) return undefined;
	const last = count - 1;
	switch (key) {
		case 'ArrowRight':
			return current < 0 ? 0 : Math.min(last, current + 1);
		case 'ArrowLeft':
			return current < 0 ? last : Math.max(0, current - 1);
		case 'Home':
			return 0;
		case 'End':
			return last;
		default:
			return undefined;
	}
}
