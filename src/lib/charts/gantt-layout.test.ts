import { describe, expect, it } from 'vitest';
import type { PhaseTiming } from '$lib/domain/timeline/phase-timeline';
import { layoutGantt, type GanttNote } from './gantt-layout';

const phase = (over: Partial<PhaseTiming> & Pick<PhaseTiming, 'phase'>): PhaseTiming => ({
	label: over.phase,
	plannedStart: '2026-01-01',
	plannedEnd: '2026-01-10',
	actualStart: null,
	actualEnd: null,
	slipDays: null,
	bufferUsedDays: null,
	...over
});

// Two phases: sourcing ran two days long, which squeezed the launch by two days.
const overrun = [
	phase({
		phase: 'sourcing',
		plannedStart: '2026-01-01',
		plannedEnd: '2026-01-10',
		actualStart: '2026-01-01',
		actualEnd: '2026-01-12',
		slipDays: 2,
		bufferUsedDays: 0
	}),
	phase({
		phase: 'launch',
		plannedStart: '2026-01-11',
		plannedEnd: '2026-01-20',
		actualStart: '2026-01-13',
		actualEnd: '2026-01-20',
		slipDays: 0,
		bufferUsedDays: 2
	})
];

// 20 days over 200 px of plot: 10 px a day.
const frame = { width: 200 + 110 + 12, labelWidth: 110 };
const dayX = (n: number) => 110 + 10 * n;

describe('layoutGantt', () => {
	it('spans whole days, from the first planned or actual day to the last', () => {
		const layout = layoutGantt(
			[{ market: 'CO', label: 'Colombia', phases: overrun }],
			[],
			null,
			frame
		);
		const [sourcing, launch] = layout.rows[0]!.bars;
		expect(sourcing!.planned).toEqual({ x: dayX(0), width: 100 });
		expect(sourcing!.actual).toEqual({ x: dayX(0), width: 120 });
		expect(launch!.planned).toEqual({ x: dayX(10), width: 100 });
		expect(launch!.actual).toEqual({ x: dayX(12), width: 80 });
		// A pointer finds a phase anywhere between its first planned or actual day and its last.
		expect(sourcing!.reach).toEqual({ x: dayX(0), width: 120 });
	});

	it('marks the days past the planned end as late and the days a phase absorbed as squeezed', () => {
		const layout = layoutGantt(
			[{ market: 'CO', label: 'Colombia', phases: overrun }],
			[],
			null,
			frame
		);
		const [sourcing, launch] = layout.rows[0]!.bars;
		expect(sourcing!.late).toEqual({ x: dayX(10), width: 20 });
		expect(sourcing!.squeezed).toBeNull();
		expect(launch!.late).toBeNull();
		expect(launch!.squeezed).toEqual({ x: dayX(10), width: 20 });
	});

	it('runs a phase under way to the as-of day and leaves one not started without an actual bar', () => {
		const phases = [
			phase({ phase: 'a', plannedEnd: '2026-01-10', actualStart: '2026-01-01' }),
			phase({ phase: 'b', plannedStart: '2026-01-11', plannedEnd: '2026-01-20' })
		];
		const layout = layoutGantt([{ market: 'US', label: 'US', phases }], [], '2026-01-04', frame);
		const [a, b] = layout.rows[0]!.bars;
		expect(a!.running).toBe(true);
		expect(a!.actual).toEqual({ x: dayX(0), width: 40 });
		expect(b!.actual).toBeNull();
		expect(layout.asOfX).toBe(dayX(4));
	});

	it('puts notes on the rows of their markets, in lanes where they overlap, and common ones above', () => {
		const notes: GanttNote[] = [
			{ id: 'a', kind: 'note', title: 'A', markets: ['CO'], from: '2026-01-02', to: '2026-01-05' },
			{
				id: 'b',
				kind: 'note',
				title: 'B',
				markets: ['CO', 'US'],
				from: '2026-01-04',
				to: '2026-01-04'
			},
			{ id: 'c', kind: 'note', title: 'C', markets: ['CO'], from: '2026-01-06', to: '2026-01-07' },
			{ id: 'd', kind: 'decision', title: 'D', markets: [], from: '2026-01-01', to: '2026-01-30' },
			{ id: 'e', kind: 'note', title: 'E', markets: ['CO'], from: '2026-03-01', to: '2026-03-02' }
		];
		const layout = layoutGantt(
			[
				{ market: 'US', label: 'US', phases: overrun },
				{ market: 'CO', label: 'Colombia', phases: overrun }
			],
			notes,
			null,
			{ ...frame, laneHeight: 10 }
		);
		const [us, co] = layout.rows;
		expect(us!.marks.map((mark) => mark.note.id)).toEqual(['b']);
		expect(co!.marks.map((mark) => mark.note.id)).toEqual(['a', 'b', 'c']);
		const lane = (id: string) => co!.marks.find((mark) => mark.note.id === id)!.y;
		expect(lane('b')).toBeGreaterThan(lane('a'));
		expect(lane('c')).toBe(lane('a'));
		expect(co!.marks.find((mark) => mark.note.id === 'b')!.point).toBe(true);
		// The common note is cut to the chart's days; E falls outside it and is not drawn.
		expect(layout.common.marks.map((mark) => mark.note.id)).toEqual(['d']);
		expect(layout.common.marks[0]!.width).toBe(200);
		// Colombia's band makes room for its two lanes above its bars.
		expect(co!.plannedY - co!.y).toBe(22);
		expect(us!.plannedY - us!.y).toBe(12);
	});
});
