import { describe, expect, it } from 'vitest';
import { readApprovalsCsv } from './approvals-csv';
import { approvalCycleHours } from './compute-timing';
import { toApprovalPieces } from './approval-pieces';

const MARKETS = [
	{ code: 'US', timeZone: 'America/New_York', locale: 'en-US' },
	{ code: 'BR', timeZone: 'America/Sao_Paulo', locale: 'pt-BR' }
];

const csv = (...lines: string[]) => lines.join('\n') + '\n';
const codes = (read: ReturnType<typeof readApprovalsCsv>) =>
	read.problems.map((p) => [p.line, p.column, p.problem.code]);

describe('reading approval records', () => {
	it('stores each moment in UTC with the zone it was written in', () => {
		const read = readApprovalsCsv(
			csv(
				'content_id,creator_id,market,revision,submitted_at,submitted_zone,decided_at,decided_zone,decision,due_on',
				'br-1,br-c01,BR,1,2026-10-30 17:00,America/Sao_Paulo,2026-11-02 10:00,America/New_York,approved,2026-11-04'
			),
			MARKETS
		);
		expect(read.problems).toEqual([]);
		expect(read.records).toEqual([
			{
				contentId: 'br-1',
				creatorId: 'br-c01',
				market: 'BR',
				revision: 1,
				submittedAt: { utc: '2026-10-30T20:00:00.000Z', zone: 'America/Sao_Paulo' },
				decidedAt: { utc: '2026-11-02T15:00:00.000Z', zone: 'America/New_York' },
				decision: 'approved',
				dueOn: '2026-11-04'
			}
		]);
		// Submitted in São Paulo, approved in New York after its clock went back: 67 hours.
		expect(approvalCycleHours(toApprovalPieces(read.records))).toEqual([67]);
	});

	it('refuses bad rows with their reasons and loads the rest', () => {
		const read = readApprovalsCsv(
			csv(
				'content,market,revision,submitted,decided,decision',
				'us-1,US,1,2026-10-28 10:00,2026-10-28 15:00,approved',
				'us-2,US,1,2026-10-28 15:00,2026-10-28 10:00,approved',
				'mx-1,MX,1,2026-10-28 10:00,2026-10-28 15:00,approved',
				'us-3,US,1,2026-10-28 10:00,2026-10-29 10:00,changes requested',
				'us-3,US,1,2026-10-29 12:00,2026-10-29 15:00,approved',
				'us-4,US,0,2026-10-28,2026-10-29 10:00,maybe',
				'us-3,US,2,2026-10-29 12:00,2026-10-29 15:00,approved'
			),
			MARKETS
		);
		expect(codes(read)).toEqual([
			[3, 'decided', 'problem_timeline_decided_before_submitted'],
			[4, 'market', 'problem_creator_market'],
			[6, 'revision', 'problem_timeline_revision_repeated'],
			[7, 'revision', 'problem_timeline_revision'],
			[7, 'decision', 'problem_timeline_decision'],
			[7, 'submitted', 'problem_timeline_time_missing']
		]);
		expect(read.problems[0]!.problem.params).toEqual({ submitted: '2026-10-28 15:00' });
		expect(read.problems[2]!.problem.params).toEqual({ line: 5 });
		expect(read.rejectedRows).toBe(4);
		expect(read.records.map((r) => [r.contentId, r.revision, r.decision])).toEqual([
			['us-1', 1, 'approved'],
			['us-3', 1, 'changes_requested'],
			['us-3', 2, 'approved']
		]);
	});

	it("reads Portuguese headers, decisions and day-first dates in the market's zone", () => {
		const read = readApprovalsCsv(
			csv(
				'conteúdo;mercado;enviado;decidido;decisão;prazo',
				'br-9;br;03/11/2026 09:00;04/11/2026 18:00;alterações solicitadas;09/11/2026',
				'br-9;BR;05/11/2026 09:00;05/11/2026 11:00;aprovado;09/11/2026'
			),
			MARKETS
		);
		expect(read.problems).toEqual([]);
		expect(read.records.map((r) => [r.revision, r.submittedAt.utc, r.decision, r.dueOn])).toEqual([
			[1, '2026-11-03T12:00:00.000Z', 'changes_requested', '2026-11-09'],
			[2, '2026-11-05T12:00:00.000Z', 'approved', '2026-11-09']
		]);
	});

	it('reads slash dates month first in the US when the file does not decide', () => {
		const read = readApprovalsCsv(
			csv(
				'content,market,submitted,decided,decision',
				'us-1,US,11/02/2026 9:00 AM,11/03/2026 2:30 PM,approved',
				'br-1,BR,02/11/2026 09:00,03/11/2026 14:30,approved'
			),
			MARKETS
		);
		expect(read.records.map((r) => r.decidedAt.utc)).toEqual([
			'2026-11-03T19:30:00.000Z',
			'2026-11-03T17:30:00.000Z'
		]);
	});

	it('takes an offset written in the cell and refuses an unknown zone', () => {
		const read = readApprovalsCsv(
			csv(
				'content,market,submitted,decided,decision,time zone',
				'us-1,US,2026-11-02T09:00:00-03:00,2026-11-02T10:00:00-05:00,approved,America/New_York',
				'us-2,US,2026-11-02 09:00,2026-11-02 10:00,approved,Atlantis/Capital'
			),
			MARKETS
		);
		expect(read.records[0]!.submittedAt).toEqual({
			utc: '2026-11-02T12:00:00.000Z',
			zone: 'America/New_York'
		});
		expect(codes(read)).toEqual([[3, 'time zone', 'problem_time_zone_unknown']]);
	});

	it('refuses a header without the required columns, and an empty file', () => {
		const header = readApprovalsCsv(csv('content,market,submitted'), MARKETS);
		expect(header.problems[0]!.problem).toEqual({
			code: 'problem_approvals_header',
			params: { missing: 'decided, decision' }
		});
		expect(readApprovalsCsv('', MARKETS).problems[0]!.problem.code).toBe('problem_file_empty');
	});
});
