/**
 * The headings of the timing section and of its tables, shared by the Markdown and the HTML so
 * that both carry the same words.
 */
export const TIMING_HEADINGS = {
	section: 'Timing',
	slipped: 'What slipped',
	cost: 'What it cost',
	buffer: 'Buffer to plan next time',
	slipColumns: [
		'Market',
		'Phase',
		'Planned end',
		'Actual end',
		'Ended late by',
		'Next phase',
		'What happened to it'
	],
	/** What the next-phase cells of a slip of the last phase read. */
	noNextPhase: ['none (last phase)', '—'],
	costColumns: [
		'Market',
		'Phases ended late',
		'Days squeezed out',
		'Go-live',
		'Days of the last phase lost'
	],
	metricColumn: 'Timing metric',
	bufferColumns: ['Phase', 'Buffer to plan', 'Largest slip in', 'Per market']
} as const;
