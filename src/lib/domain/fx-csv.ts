import type { FxRate } from './campaign';
import { locateColumns, parseCsvRecords, type CsvDelimiter, type CsvProblem } from './csv-records';
import { currencyField, isIsoDate } from './market-fields';
import { issueProblem, problem, type Problem } from './problem';

const FX_COLUMNS = {
	date: ['date', 'day', 'data', 'fecha', 'dia'],
	currency: ['currency', 'currency code', 'moeda', 'moneda', 'divisa'],
	rate: ['rate', 'fx rate', 'exchange rate', 'taxa', 'tasa', 'tipo de cambio', 'cotacao']
} as const;

/** An FX file read: its rates when every row is good, and every problem found. */
export interface FxCsv {
	rates: FxRate[];
	problems: CsvProblem[];
}

/**
 * Reads an FX file: a header naming date, currency and rate (in any order; Spanish and
 * Portuguese names too), then one rate per row, the date as YYYY-MM-DD and the rate as the
 * reporting currency's units per unit of the currency (with a decimal comma in `;` and tab
 * files). Every problem is listed with its line; a file with any problem gives no rates,
 * because one missing day would leave that day's money out of every converted total.
 */
export function readFxCsv(text: string): FxCsv {
	const { delimiter, records } = parseCsvRecords(text);
	const [header, ...rows] = records;
	if (!header) {
		return refused({ line: 1, column: null, value: null, problem: problem('problem_file_empty') });
	}
	const { columns, missing } = locateColumns(header.cells, FX_COLUMNS);
	if (missing.length > 0) {
		return refused({
			line: header.line,
			column: null,
			value: header.cells.join(delimiter),
			problem: problem('problem_fx_header', { missing: missing.join(', ') })
		});
	}
	const problems: CsvProblem[] = [];
	const rates: FxRate[] = [];
	const seen = new Map<string, number>();
	for (const { line, cells } of rows) {
		const cell = (field: keyof typeof FX_COLUMNS) => (cells[columns[field]!] ?? '').trim();
		const refuse = (field: keyof typeof FX_COLUMNS, found: Problem) =>
			problems.push({
				line,
				column: header.cells[columns[field]!]!.trim(),
				value: cell(field),
				problem: found
			});
		const date = cell('date');
		const currency = currencyField.safeParse(cell('currency'));
		const rate = readRate(cell('rate'), delimiter);
		const found = problems.length;
		if (cells.length > header.cells.length) {
			problems.push({
				line,
				column: null,
				value: cells.join(delimiter),
				problem: problem('problem_csv_extra_cells', {
					cells: cells.length,
					columns: header.cells.length
				})
			});
			continue;
		}
		if (!isIsoDate(date)) refuse('date', problem('problem_csv_date'));
		if (!currency.success) refuse('currency', issueProblem(currency.error.issues[0]!));
		if (rate === null) refuse('rate', problem('problem_csv_number'));
		else if (rate <= 0) refuse('rate', problem('problem_fx_rate_not_positive'));
		if (problems.length > found || !currency.success || rate === null) continue;
		const key = `${date} ${currency.data}`;
		const earlier = seen.get(key);
		if (earlier !== undefined) {
			refuse(
				'date',
				problem('problem_fx_rate_repeated', { currency: currency.data, date, line: earlier })
			);
			continue;
		}
		seen.set(key, line);
		rates.push({ date, currency: currency.data, rate });
	}
	if (problems.length === 0 && rates.length === 0) {
		return refused({
			line: header.line,
			column: null,
			value: null,
			problem: problem('problem_fx_no_rates')
		});
	}
	return problems.length > 0 ? { rates: [], problems } : { rates, problems };
}

function refused(found: CsvProblem): FxCsv {
	return { rates: [], problems: [found] };
}

// Plain decimals only: a thousands separator in a rate is far more often a mistake than a need.
function readRate(text: string, delimiter: CsvDelimiter): number | null {
	const normalized = delimiter === ',' ? text : text.replace(',', '.');
	if (!/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(normalized)) return null;
	return Number(normalized);
}
