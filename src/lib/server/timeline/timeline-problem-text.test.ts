import { describe, expect, it } from 'vitest';
import { readApprovalsCsv } from '$lib/domain/timeline/approvals-csv';
import { problemText } from '$lib/i18n/problem-text';

const MARKETS = [{ code: 'BR', timeZone: 'America/Sao_Paulo', locale: 'pt-BR' }];

describe('the reasons a timeline record is refused, in the reader’s language', () => {
	const [early, unknown] = readApprovalsCsv(
		[
			'content,market,submitted,decided,decision',
			'br-1,BR,2026-11-02 10:00,2026-11-01 10:00,approved',
			'pe-1,PE,2026-11-02 10:00,2026-11-03 10:00,approved'
		].join('\n'),
		MARKETS
	).problems;

	it('words a decision before its submission in English, Spanish and Portuguese', () => {
		expect(problemText(early!.problem, 'en')).toBe(
			'decided before it was submitted (2026-11-02 10:00)'
		);
		expect(problemText(early!.problem, 'es')).toBe('decidido antes de enviarse (2026-11-02 10:00)');
		expect(problemText(early!.problem, 'pt')).toBe(
			'decidido antes de ser enviado (2026-11-02 10:00)'
		);
	});

	it('words an unknown market with the markets the campaign has', () => {
		expect(problemText(unknown!.problem, 'pt')).toBe('não é um dos mercados desta campanha (BR)');
	});
});
