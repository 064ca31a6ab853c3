import { z } from 'zod';
import type { Phase } from './campaign';
import { cellKey, isBlankRow, type RowInput, type RowsResult } from './form-rows';
import { dateField } from './market-fields';
import { issueProblem, problem, type Problem } from './problem';

/** The columns of the planned phases form; `id` is hidden (empty for a new phase). */
export const PHASE_FIELDS = ['id', 'label', 'start', 'end'] as const;

/** One planned phase row as typed. */
export type PhaseRow = RowInput<(typeof PHASE_FIELDS)[number]>;

/** The field prefix of phase rows in a form. */
export const PHASE_PREFIX = 'phase';

const phaseRowSchema = z
	.object({
		id: z.string().trim(),
		label: z.string().trim().min(1, 'problem_phase_label_missing').max(100, 'problem_too_long'),
		start: dateField,
		end: dateField
	})
	.refine((row) => row.start <= row.end, {
		path: ['end'],
		message: 'problem_phase_ends_before_start'
	});

/**
 * Reads the planned phases typed in a form. Each phase lies within the campaign's dates (when
 * it has them) and no two phases share a day. A phase keeps its id (which actual dates refer
 * to); a new one is named after its label. The phases come back in date order.
 */
export function readPhaseRows(
	rows: readonly PhaseRow[],
	campaign: { start?: string; end?: string }
): RowsResult<Phase[]> {
	const errors: Record<string, Problem> = {};
	const read: { index: number; phase: Phase }[] = [];
	const ids = new Set(rows.map((row) => row.id.trim()).filter(Boolean));
	rows.forEach((row, index) => {
		if (isBlankRow({ label: row.label, start: row.start, end: row.end })) return;
		const parsed = phaseRowSchema.safeParse(row);
		if (!parsed.success) {
			for (const issue of parsed.error.issues) {
				errors[cellKey(PHASE_PREFIX, index, String(issue.path[0]))] ??= issueProblem(issue);
			}
			return;
		}
		const { label, start, end } = parsed.data;
		if (campaign.start && start < campaign.start) {
			errors[cellKey(PHASE_PREFIX, index, 'start')] = problem('problem_phase_before_campaign', {
				start: campaign.start
			});
		}
		if (campaign.end && end > campaign.end) {
			errors[cellKey(PHASE_PREFIX, index, 'end')] = problem('problem_phase_after_campaign', {
				end: campaign.end
			});
		}
		const id = parsed.data.id || newPhaseId(label, ids);
		ids.add(id);
		read.push({ index, phase: { id, label, start, end } });
	});
	const byDate = [...read].sort((a, b) => a.phase.start.localeCompare(b.phase.start));
	for (let i = 1; i < byDate.length; i++) {
		const before = byDate[i - 1]!;
		const current = byDate[i]!;
		if (current.phase.start <= before.phase.end) {
			errors[cellKey(PHASE_PREFIX, current.index, 'start')] ??= problem('problem_phase_overlaps', {
				phase: before.phase.label,
				end: before.phase.end
			});
		}
	}
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	return { ok: true, value: byDate.map((entry) => entry.phase) };
}

/** Planned phase rows showing a campaign's phases, for a form to start from. */
export function toPhaseRows(phases: readonly Phase[]): PhaseRow[] {
	return phases.map(({ id, label, start, end }) => ({ id, label, start, end }));
}

/** An id for a new phase: its label as a slug, made unique among `taken`. */
export function newPhaseId(label: string, taken: ReadonlySet<string>): string {
	const base =
		label
			.normalize('NFD')
			.replace(/\p{M}/gu, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '_')
			.replace(/^_+|_+$/g, '') || 'phase';
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
	return id;
}

/**
 * Which new campaign date leaves a planned phase outside, with the problem naming the phase;
 * null when every phase fits.
 */
export function phasesOutsideDates(
	phases: readonly Phase[],
	dates: { start?: string; end?: string }
): { field: 'start' | 'end'; problem: Problem } | null {
	const early = dates.start ? phases.find((p) => p.start < dates.start!) : undefined;
	if (early) {
		return {
			field: 'start',
			problem: problem('problem_phase_starts_outside', { phase: early.label, start: early.start })
		};
	}
	const late = dates.end ? phases.find((p) => p.end > dates.end!) : undefined;
	if (late) {
		return {
			field: 'end',
			problem: problem('problem_phase_ends_outside', { phase: late.label, end: late.end })
		};
	}
	return null;
}
