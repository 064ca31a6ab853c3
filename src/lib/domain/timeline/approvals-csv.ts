import { problem } from '../problem';
import { instantOfTimestamp, toLocalText } from '../time/zoned-timestamp';
import {
	readChoice,
	readDateCell,
	readMarketCell,
	readMomentCell,
	readRecordsCsv,
	type RecordMarket,
	type RecordsCsv
} from './records-csv';
import { APPROVAL_DECISIONS, type ApprovalDecision, type ApprovalRecord } from './timeline-records';

const APPROVAL_COLUMNS = {
	content: [
		'content id',
		'content',
		'post id',
		'post',
		'piece',
		'asset id',
		'id del contenido',
		'contenido',
		'id do conteudo',
		'conteudo'
	],
	creator: [
		'creator id',
		'creator',
		'influencer id',
		'influencer',
		'id del creador',
		'id do criador',
		'creador',
		'criador'
	],
	market: ['market', 'country', 'mercado', 'pais'],
	revision: [
		'revision',
		'revision number',
		'round',
		'version',
		'numero de revision',
		'ronda',
		'revisao',
		'rodada',
		'versao'
	],
	submitted: [
		'submitted at',
		'submitted',
		'submitted on',
		'submission date',
		'sent at',
		'fecha de envio',
		'enviado',
		'data de envio',
		'enviado em'
	],
	submittedZone: [
		'submitted zone',
		'submitted time zone',
		'submitted tz',
		'zona del envio',
		'fuso do envio'
	],
	decided: [
		'decided at',
		'decided',
		'decided on',
		'decision date',
		'reviewed at',
		'reviewed on',
		'fecha de decision',
		'decidido',
		'data da decisao',
		'decidido em'
	],
	decidedZone: [
		'decided zone',
		'decided time zone',
		'decided tz',
		'reviewer time zone',
		'zona de la decision',
		'fuso da decisao'
	],
	decision: ['decision', 'status', 'result', 'outcome', 'decisao', 'resultado', 'estado'],
	due: [
		'due on',
		'due',
		'due date',
		'go live',
		'go-live',
		'go live date',
		'publish date',
		'planned on',
		'fecha de publicacion',
		'fecha limite',
		'data de publicacao',
		'prazo'
	],
	zone: ['time zone', 'timezone', 'tz', 'zone', 'zona horaria', 'fuso horario', 'fuso']
} as const;

type ApprovalColumn = keyof typeof APPROVAL_COLUMNS;

const DECISION_ALIASES: Record<string, ApprovalDecision> = {
	approve: 'approved',
	ok: 'approved',
	yes: 'approved',
	accepted: 'approved',
	aprobado: 'approved',
	aceptado: 'approved',
	aprovado: 'approved',
	aceito: 'approved',
	changes: 'changes_requested',
	'request changes': 'changes_requested',
	'needs changes': 'changes_requested',
	revise: 'changes_requested',
	rejected: 'changes_requested',
	cambios: 'changes_requested',
	'cambios solicitados': 'changes_requested',
	ajustes: 'changes_requested',
	alteracoes: 'changes_requested',
	'alteracoes solicitadas': 'changes_requested'
};

/**
 * Reads an approvals file: one review round per row, with content, market, when it was
 * submitted, when decided and the decision (approved or changes requested); optionally the
 * creator, the revision number (1 for the first submission; when the file has no such column,
 * a piece's rows are numbered in the order they were submitted), the day the piece is due to
 * go live and the time zones the moments were written in. Rows are refused for an unknown
 * market, a decision before the submission, and a revision of a piece listed twice.
 */
export function readApprovalsCsv(
	text: string,
	markets: readonly RecordMarket[]
): RecordsCsv<ApprovalRecord> {
	const seen = new Map<string, number>();
	const read = readRecordsCsv<ApprovalColumn, ApprovalRecord>(text, {
		columns: APPROVAL_COLUMNS,
		required: ['content', 'market', 'submitted', 'decided', 'decision'],
		headerProblem: 'problem_approvals_header',
		dateFields: ['submitted', 'decided', 'due'],
		readRow(row) {
			const contentId = row.cell('content');
			if (contentId === '') row.refuse('content', problem('problem_timeline_content_missing'));
			const market = readMarketCell(row, 'market', markets);
			const numbered = row.has('revision');
			const revision = numbered ? readRevision(row.cell('revision')) : 0;
			if (revision === null) row.refuse('revision', problem('problem_timeline_revision'));
			const decision = readChoice(row.cell('decision'), APPROVAL_DECISIONS, DECISION_ALIASES);
			if (decision === undefined) row.refuse('decision', problem('problem_timeline_decision'));
			if (!market) return null;
			const submittedAt = readMomentCell(row, 'submitted', ['submittedZone', 'zone'], market);
			if (submittedAt === null)
				row.refuse('submitted', problem('problem_timeline_submitted_missing'));
			const decidedAt = readMomentCell(row, 'decided', ['decidedZone', 'zone'], market);
			if (decidedAt === null) row.refuse('decided', problem('problem_timeline_decided_missing'));
			const dueOn = readDateCell(row, 'due', market);
			if (
				submittedAt &&
				decidedAt &&
				instantOfTimestamp(decidedAt) < instantOfTimestamp(submittedAt)
			) {
				row.refuse(
					'decided',
					problem('problem_timeline_decided_before_submitted', {
						submitted: toLocalText(submittedAt)
					})
				);
			}
			const key = `${market.code}\u0000${contentId}\u0000${revision}`;
			if (numbered && seen.has(key)) {
				row.refuse(
					'revision',
					problem('problem_timeline_revision_repeated', { line: seen.get(key)! })
				);
			}
			if (row.refused() || !submittedAt || !decidedAt || !decision || revision === null)
				return null;
			seen.set(key, row.line);
			return {
				contentId,
				creatorId: row.cell('creator') || null,
				market: market.code,
				revision,
				submittedAt,
				decidedAt,
				decision,
				dueOn: dueOn ?? null
			};
		}
	});
	return { ...read, records: numberRevisions(read.records) };
}

/** Numbers the rounds of a file without revisions (read as 0) in the order they were submitted. */
function numberRevisions(records: ApprovalRecord[]): ApprovalRecord[] {
	if (records.every((record) => record.revision > 0)) return records;
	const count = new Map<string, number>();
	const order = [...records].sort(
		(a, b) => instantOfTimestamp(a.submittedAt) - instantOfTimestamp(b.submittedAt)
	);
	const numbered = new Map<ApprovalRecord, number>();
	for (const record of order) {
		const key = `${record.market}\u0000${record.contentId}`;
		const next = (count.get(key) ?? 0) + 1;
		count.set(key, next);
		numbered.set(record, next);
	}
	return records.map((record) => ({ ...record, revision: numbered.get(record)! }));
}

/** A revision number: a whole number from 1; null when it is not one. */
function readRevision(text: string): number | null {
	const match = /^(?:v|r|rev\.?\s*)?(\d+)$/i.exec(text);
	const value = match ? Number(match[1]) : NaN;
	return Number.isInteger(value) && value >= 1 ? value : null;
}
