import { describe, expect, it } from 'vitest';
import { problem } from '$lib/domain/problem';
import { ImportError } from '$lib/ingest/import-options';
import type { Reject } from '$lib/ingest/report';
import { importFailureText, keptText, rejectReason, reportWarnings } from './import-texts';

const notOurs: Reject = {
	line: 5,
	column: 'País',
	value: 'AR',
	reason: "not one of this campaign's markets (US, MX)",
	code: 'problem_reject_market_not_in_campaign',
	params: { markets: 'US, MX' }
};

describe('the Data page wording of an import report', () => {
	it("words a reject's reason in the reader's language, with its values", () => {
		expect(rejectReason(notOurs, 'pt')).toBe('não é um dos mercados desta campanha (US, MX)');
		expect(rejectReason(notOurs, 'es')).toBe('no es uno de los mercados de esta campaña (US, MX)');
		expect(rejectReason(notOurs, 'en')).toBe(notOurs.reason);
	});

	it('keeps the English reason of a reject stored before rejects had codes', () => {
		const stored = { line: 5, column: 'País', value: 'AR', reason: notOurs.reason };
		expect(rejectReason(stored, 'pt')).toBe(notOurs.reason);
	});

	it('words warnings in the reader’s language, or keeps those of an older report', () => {
		const warning = problem('problem_import_date_order_ambiguous', {
			file: 'x.csv',
			column: 'Fecha',
			format: '%d/%m/%Y'
		});
		const english =
			'x.csv: no value of column "Fecha" tells day-first from month-first dates; read as %d/%m/%Y';
		expect(reportWarnings({ warnings: [english], warning_problems: [warning] }, 'es')).toEqual([
			'x.csv: ningún valor de la columna "Fecha" distingue las fechas con el día primero de las fechas con el mes primero; se leyeron como %d/%m/%Y'
		]);
		expect(reportWarnings({ warnings: [english] }, 'es')).toEqual([english]);
	});

	it("words an import error in the reader's language and any other failure as it is", () => {
		const refused = new ImportError(problem('problem_import_no_market_column', { file: 'a.csv' }));
		expect(refused.message).toBe(
			'a.csv: no market column found; map one, or give one market for the whole file (--market on the command line)'
		);
		expect(importFailureText(refused, 'pt')).toBe(
			'a.csv: nenhuma coluna de mercado encontrada; mapeie uma ou informe um mercado para o arquivo inteiro (--market na linha de comando)'
		);
		expect(importFailureText(new Error('out of memory'), 'pt')).toBe('out of memory');
	});

	it('words an inbox note kept with its problem, and keeps an older English note', () => {
		const note = problem('problem_inbox_market_unknown', { file: 'tiktok.csv', market: 'US' });
		expect(keptText(note, 'market unknown: …', 'es')).toBe(
			'mercado desconocido: el archivo no tiene columna de mercado; nómbralo <mercado>__tiktok.csv, por ejemplo US__tiktok.csv'
		);
		expect(keptText(undefined, 'market unknown: …', 'es')).toBe('market unknown: …');
		expect(keptText(null, 'inbox/a.csv: disk full', 'pt')).toBe('inbox/a.csv: disk full');
	});
});
