import { SOURCING_CHANNELS } from '../creators';
import { problem } from '../problem';
import { instantOfTimestamp, toLocalText } from '../time/zoned-timestamp';
import {
	readChoice,
	readMarketCell,
	readMomentCell,
	readRecordsCsv,
	type RecordMarket,
	type RecordsCsv
} from './records-csv';
import { SOURCING_OUTCOMES, type SourcingChannel, type SourcingRecord } from './timeline-records';

const ZONE = ['time zone', 'timezone', 'tz', 'zone', 'zona horaria', 'fuso horario', 'fuso'];

const SOURCING_COLUMNS = {
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
	channel: [
		'channel',
		'sourcing',
		'sourcing channel',
		'source',
		'sourced via',
		'canal',
		'canal de captacao',
		'origen',
		'origem'
	],
	contacted: [
		'contacted at',
		'contacted',
		'contacted on',
		'first contact',
		'first contacted',
		'first contact at',
		'outreach date',
		'primer contacto',
		'fecha de contacto',
		'primeiro contato',
		'data de contato'
	],
	contactedZone: [
		'contacted zone',
		'contacted time zone',
		'contacted tz',
		'first contact zone',
		'first contact time zone',
		'zona del contacto',
		'fuso do contato'
	],
	agreed: [
		'agreed at',
		'agreed',
		'agreed on',
		'agreement',
		'agreement date',
		'signed at',
		'signed on',
		'fecha de acuerdo',
		'acuerdo',
		'acordado',
		'data do acordo',
		'acordo',
		'fechado em'
	],
	agreedZone: [
		'agreed zone',
		'agreed time zone',
		'agreed tz',
		'signed zone',
		'zona del acuerdo',
		'fuso do acordo'
	],
	zone: ZONE,
	outcome: ['outcome', 'status', 'result', 'resultado', 'estado', 'situacao']
} as const;

type SourcingColumn = keyof typeof SOURCING_COLUMNS;

const CHANNEL_ALIASES: Record<string, SourcingChannel> = {
	'existing network': 'existing_network',
	network: 'existing_network',
	relationship: 'existing_network',
	existing: 'existing_network',
	'red existente': 'existing_network',
	'rede existente': 'existing_network',
	'cold outreach': 'cold_outreach',
	cold: 'cold_outreach',
	outreach: 'cold_outreach',
	prospeccion: 'cold_outreach',
	prospeccao: 'cold_outreach'
};

const OUTCOME_ALIASES: Record<string, SourcingRecord['outcome']> = {
	signed: 'agreed',
	accepted: 'agreed',
	yes: 'agreed',
	acordado: 'agreed',
	aceptado: 'agreed',
	firmado: 'agreed',
	aceito: 'agreed',
	fechado: 'agreed',
	assinado: 'agreed',
	rejected: 'declined',
	refused: 'declined',
	no: 'declined',
	rechazado: 'declined',
	recusado: 'declined',
	'no response': 'no_reply',
	'no answer': 'no_reply',
	ghosted: 'no_reply',
	'sin respuesta': 'no_reply',
	'sem resposta': 'no_reply',
	open: 'pending',
	'in progress': 'pending',
	negotiating: 'pending',
	pendiente: 'pending',
	'en curso': 'pending',
	pendente: 'pending',
	'em andamento': 'pending'
};

/**
 * Reads a sourcing file: one creator approached per row, with market, first contact and, for
 * an agreed creator, the agreement; optionally the channel, the outcome (agreed when an
 * agreement is given, pending otherwise) and the time zones the moments were written in
 * (one per moment, or one for the row; the market's zone otherwise). Rows are refused for an
 * unknown market, an agreement before the first contact or missing for an agreed creator, and
 * a creator listed twice in a market.
 */
export function readSourcingCsv(
	text: string,
	markets: readonly RecordMarket[]
): RecordsCsv<SourcingRecord> {
	const seen = new Map<string, number>();
	return readRecordsCsv<SourcingColumn, SourcingRecord>(text, {
		columns: SOURCING_COLUMNS,
		required: ['creator', 'market', 'contacted'],
		headerProblem: 'problem_sourcing_header',
		dateFields: ['contacted', 'agreed'],
		readRow(row) {
			const creatorId = row.cell('creator');
			if (creatorId === '') row.refuse('creator', problem('problem_timeline_creator_missing'));
			const market = readMarketCell(row, 'market', markets);
			let channel: SourcingChannel | null = null;
			if (row.cell('channel') !== '') {
				channel = readChoice(row.cell('channel'), SOURCING_CHANNELS, CHANNEL_ALIASES) ?? null;
				if (channel === null) row.refuse('channel', problem('problem_creator_sourcing'));
			}
			if (!market) return null;
			const contactedAt = readMomentCell(row, 'contacted', ['contactedZone', 'zone'], market);
			if (contactedAt === null)
				row.refuse('contacted', problem('problem_timeline_contacted_missing'));
			const agreedAt = readMomentCell(row, 'agreed', ['agreedZone', 'zone'], market);
			const outcome = row.cell('outcome')
				? readChoice(row.cell('outcome'), SOURCING_OUTCOMES, OUTCOME_ALIASES)
				: agreedAt
					? 'agreed'
					: 'pending';
			if (outcome === undefined) {
				row.refuse(
					'outcome',
					problem('problem_timeline_outcome', { outcomes: SOURCING_OUTCOMES.join(', ') })
				);
			}
			if (!contactedAt || agreedAt === undefined || outcome === undefined) return null;
			if (outcome === 'agreed' && agreedAt === null) {
				row.refuse('agreed', problem('problem_timeline_agreed_missing'));
			} else if (outcome !== 'agreed' && agreedAt !== null) {
				row.refuse('agreed', problem('problem_timeline_agreed_not_agreed', { outcome }));
			} else if (agreedAt && instantOfTimestamp(agreedAt) < instantOfTimestamp(contactedAt)) {
				row.refuse(
					'agreed',
					problem('problem_timeline_agreed_before_contact', { contacted: toLocalText(contactedAt) })
				);
			}
			const key = `${market.code}\u0000${creatorId}`;
			if (seen.has(key)) {
				row.refuse(
					'creator',
					problem('problem_timeline_creator_repeated', { line: seen.get(key)! })
				);
			}
			if (row.refused()) return null;
			seen.set(key, row.line);
			return { creatorId, market: market.code, channel, contactedAt, agreedAt, outcome };
		}
	});
}
