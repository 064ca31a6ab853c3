import { actualPhasesOf } from '../actual-phases';
import type { ActualPhase, Campaign } from '../campaign';
import type { CsvProblem } from '../csv-records';
import { headerKey } from '../csv-records';
import { problem } from '../problem';
import { readDateCell, readMarketCell, readRecordsCsv } from './records-csv';

const PHASE_COLUMNS = {
	market: ['market', 'country', 'mercado', 'pais'],
	phase: ['phase', 'phase id', 'stage', 'fase', 'etapa'],
	start: [
		'actual start',
		'start',
		'started',
		'started on',
		'start date',
		'inicio',
		'inicio real',
		'fecha de inicio',
		'data de inicio'
	],
	end: [
		'actual end',
		'end',
		'ended',
		'ended on',
		'end date',
		'fin',
		'fin real',
		'fecha de fin',
		'fim',
		'fim real',
		'data de fim'
	]
} as const;

type PhaseColumn = keyof typeof PHASE_COLUMNS;

interface PhaseRow extends ActualPhase {
	line: number;
	market: string;
}

/** An actual-phases file read: the campaign's actual phases with the file's good rows merged in. */
export interface ActualPhasesCsv {
	/** Every market's actual phases after the import, in the campaign's phase order. */
	actualPhases: Record<string, ActualPhase[]>;
	/** Rows taken from the file. */
	loaded: number;
	rejectedRows: number;
	problems: CsvProblem[];
}

/**
 * Reads a file of actual phase dates: market, phase (its id or label), actual start and,
 * once it ended, actual end. A row replaces what the campaign had for that market and phase;
 * the others are kept. Rows are refused for an unknown market or phase, an end before the
 * start, a phase listed twice for a market, and dates that overlap another phase of the
 * same market (the campaign's kept phases, or an earlier row of the file).
 */
export function readActualPhasesCsv(text: string, campaign: Campaign): ActualPhasesCsv {
	const seen = new Map<string, number>();
	const read = readRecordsCsv<PhaseColumn, PhaseRow>(text, {
		columns: PHASE_COLUMNS,
		required: ['market', 'phase', 'start'],
		headerProblem: 'problem_actual_phases_header',
		dateFields: ['start', 'end'],
		readRow(row) {
			const market = readMarketCell(row, 'market', campaign.markets);
			const key = headerKey(row.cell('phase'));
			const phase = campaign.phases.find(
				(p) => headerKey(p.id) === key || headerKey(p.label) === key
			);
			if (!phase) {
				row.refuse(
					'phase',
					problem('problem_timeline_phase_unknown', {
						phases: campaign.phases.map((p) => p.id).join(', ')
					})
				);
			}
			if (!market || !phase) return null;
			const start = readDateCell(row, 'start', market);
			const end = readDateCell(row, 'end', market);
			if (start === null) {
				row.refuse(
					'start',
					problem('problem_actual_start_missing', { phase: phase.label, market: market.code })
				);
			} else if (start && end && end < start) {
				row.refuse('end', problem('problem_phase_ends_before_start'));
			}
			const id = `${market.code}\u0000${phase.id}`;
			if (seen.has(id)) {
				row.refuse('phase', problem('problem_timeline_phase_repeated', { line: seen.get(id)! }));
			}
			if (row.refused() || !start) return null;
			seen.set(id, row.line);
			return {
				line: row.line,
				market: market.code,
				phaseId: phase.id,
				start,
				...(end ? { end } : {})
			};
		}
	});
	const problems = [...read.problems];
	let rejectedRows = read.rejectedRows;
	const before = actualPhasesOf(campaign);
	const actualPhases = structuredClone(before);
	// Each row is checked against the phases the file does not give again and the rows taken
	// before it; a refused row leaves the campaign's own dates of that phase as they were.
	const given = new Set(read.records.map((r) => `${r.market}\u0000${r.phaseId}`));
	for (const market of Object.keys(actualPhases)) {
		actualPhases[market] = actualPhases[market]!.filter(
			(a) => !given.has(`${market}\u0000${a.phaseId}`)
		);
	}
	let loaded = 0;
	for (const { line, market, ...phase } of read.records) {
		const kept = actualPhases[market] ?? [];
		const other = kept.find((a) => overlaps(a, phase));
		if (!other) {
			actualPhases[market] = [...kept, phase];
			loaded++;
			continue;
		}
		rejectedRows++;
		problems.push({
			line,
			column: null,
			value: `${phase.start}..${phase.end ?? ''}`,
			problem: problem('problem_phase_overlaps', {
				phase: campaign.phases.find((p) => p.id === other.phaseId)?.label ?? other.phaseId,
				end: other.end ?? '…'
			})
		});
		const own = before[market]?.find((a) => a.phaseId === phase.phaseId);
		if (own) actualPhases[market] = [...kept, own];
	}
	const order = (id: string) => campaign.phases.findIndex((p) => p.id === id);
	for (const market of Object.keys(actualPhases)) {
		actualPhases[market]!.sort((a, b) => order(a.phaseId) - order(b.phaseId));
	}
	problems.sort((a, b) => a.line - b.line);
	return { actualPhases, loaded, rejectedRows, problems };
}

/** True when two phases share a day; a phase without an end runs on. */
function overlaps(a: ActualPhase, b: ActualPhase): boolean {
	const aEnd = a.end ?? '9999-12-31';
	const bEnd = b.end ?? '9999-12-31';
	return a.start <= bEnd && b.start <= aEnd;
}
