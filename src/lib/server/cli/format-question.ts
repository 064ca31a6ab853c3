import type { PreviewRow, Question } from '$lib/ingest/import-question';

/** The flag that answers each question on the command line. */
const FLAGS: Record<Question['kind'], string> = {
	dates: '--period FROM..TO (or --date-column HEADER)',
	'date-format': '--date-format ID',
	market: '--market CODE (or --market-column HEADER)',
	year: '--year YYYY'
};

/**
 * A question for the terminal: the flag that answers it, the best guess, the choices, and the
 * first rows as the guess reads them (raw cell → value read).
 */
export function formatQuestion(question: Question): string {
	const lines = [`  answer with ${FLAGS[question.kind]}`];
	if (question.guess !== null) lines.push(`  best guess: ${question.guess}`);
	if (question.choices.length > 0) lines.push(`  choices: ${question.choices.join(', ')}`);
	if (question.columns.length > 0) lines.push(`  columns: ${question.columns.join(', ')}`);
	if (question.preview.length > 0) {
		lines.push(question.guess !== null ? '  first rows, read with the guess:' : '  first rows:');
		for (const row of question.preview) lines.push(`    line ${row.line}: ${previewLine(row)}`);
	}
	return `${lines.join('\n')}\n`;
}

/** Cells a terminal line shows of a row nothing was read from yet. */
const RAW_CELLS = 8;

function previewLine(row: PreviewRow): string {
	const read = row.cells.some((cell) => cell.field);
	const cells = read ? row.cells : row.cells.slice(0, RAW_CELLS);
	const more = row.cells.length - cells.length;
	return cells
		.map((cell) =>
			cell.field
				? `${cell.header} ${JSON.stringify(cell.raw ?? '')} → ${cell.read ?? '—'}`
				: `${cell.header} ${JSON.stringify(cell.raw ?? '')}`
		)
		.join(', ')
		.concat(more > 0 ? `, … ${more} more` : '');
}
