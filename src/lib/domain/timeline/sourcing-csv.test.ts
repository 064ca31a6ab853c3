import { describe, expect, it } from 'vitest';
import { readSourcingCsv } from './sourcing-csv';

const MARKETS = [
	{ code: 'MX', timeZone: 'America/Mexico_City', locale: 'es-MX' },
	{ code: 'BR', timeZone: 'America/Sao_Paulo', locale: 'pt-BR' }
];

const csv = (...lines: string[]) => lines.join('\n') + '\n';

describe('reading sourcing records', () => {
	it('reads contacts and agreements, each in the zone it was written in', () => {
		const read = readSourcingCsv(
			csv(
				'creator_id,market,channel,contacted_at,contacted_zone,agreed_at,agreed_zone,outcome',
				'br-c01,BR,existing_network,2026-10-12 10:00,America/Sao_Paulo,2026-10-13 15:00,America/Manaus,agreed',
				'br-x01,BR,cold_outreach,2026-10-12 11:00,America/Sao_Paulo,,,declined'
			),
			MARKETS
		);
		expect(read.problems).toEqual([]);
		expect(read.records).toEqual([
			{
				creatorId: 'br-c01',
				market: 'BR',
				channel: 'existing_network',
				contactedAt: { utc: '2026-10-12T13:00:00.000Z', zone: 'America/Sao_Paulo' },
				agreedAt: { utc: '2026-10-13T19:00:00.000Z', zone: 'America/Manaus' },
				outcome: 'agreed'
			},
			{
				creatorId: 'br-x01',
				market: 'BR',
				channel: 'cold_outreach',
				contactedAt: { utc: '2026-10-12T14:00:00.000Z', zone: 'America/Sao_Paulo' },
				agreedAt: null,
				outcome: 'declined'
			}
		]);
	});

	it('reads Spanish headers and values, the outcome inferred when the file has none', () => {
		const read = readSourcingCsv(
			csv(
				'creador,país,canal,primer contacto,acuerdo,zona horaria',
				'mx-c01,mx,red existente,13/10/2026 09:30,14/10/2026 12:00,',
				'mx-c02,MX,prospección,13/10/2026 09:30,,America/Monterrey'
			),
			MARKETS
		);
		expect(read.problems).toEqual([]);
		expect(read.records.map((r) => [r.creatorId, r.channel, r.outcome, r.contactedAt])).toEqual([
			[
				'mx-c01',
				'existing_network',
				'agreed',
				{ utc: '2026-10-13T15:30:00.000Z', zone: 'America/Mexico_City' }
			],
			[
				'mx-c02',
				'cold_outreach',
				'pending',
				{ utc: '2026-10-13T15:30:00.000Z', zone: 'America/Monterrey' }
			]
		]);
	});

	it('refuses bad rows with their reasons and loads the rest', () => {
		const read = readSourcingCsv(
			csv(
				'creator,market,channel,contacted,agreed,outcome',
				'c1,BR,network,2026-10-12 10:00,2026-10-14 10:00,agreed',
				'c2,AR,network,2026-10-12 10:00,2026-10-14 10:00,agreed',
				'c3,BR,cold,2026-10-14 10:00,2026-10-12 10:00,agreed',
				'c4,BR,cold,2026-10-14 10:00,,agreed',
				'c5,BR,cold,2026-10-14 10:00,2026-10-16 10:00,declined',
				'c1,BR,network,2026-10-13 10:00,2026-10-15 10:00,agreed',
				',BR,carrier pigeon,2026-10-14 10:00,,thinking',
				'c6,BR,cold,2026-10-14 10:00,,no response'
			),
			MARKETS
		);
		expect(read.problems.map((p) => [p.line, p.column, p.problem.code])).toEqual([
			[3, 'market', 'problem_creator_market'],
			[4, 'agreed', 'problem_timeline_agreed_before_contact'],
			[5, 'agreed', 'problem_timeline_agreed_missing'],
			[6, 'agreed', 'problem_timeline_agreed_not_agreed'],
			[7, 'creator', 'problem_timeline_creator_repeated'],
			[8, 'creator', 'problem_timeline_creator_missing'],
			[8, 'channel', 'problem_creator_sourcing'],
			[8, 'outcome', 'problem_timeline_outcome']
		]);
		expect(read.problems[1]!.problem.params).toEqual({ contacted: '2026-10-14 10:00' });
		expect(read.rejectedRows).toBe(6);
		expect(read.records.map((r) => [r.creatorId, r.outcome])).toEqual([
			['c1', 'agreed'],
			['c6', 'no_reply']
		]);
	});
});
