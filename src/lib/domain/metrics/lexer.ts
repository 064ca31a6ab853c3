import { problem } from '../problem';
import type { FormulaError, Span } from './ast';

type Operator = '+' | '-' | '*' | '/' | '(' | ')';

/** One token of a formula. `end` is exclusive. */
export type Token = Span &
	(
		| { kind: 'number'; value: number; text: string }
		| { kind: 'name'; text: string }
		| { kind: Operator; text: string }
		| { kind: 'end'; text: '' }
	);

const NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
const WHITESPACE = /\s+/y;
const OPERATORS = '+-*/()';

/** Characters people type from other tools, and what the language writes instead. */
const LOOK_ALIKES: Record<string, string> = {
	'×': '*',
	'·': '*',
	'÷': '/',
	'−': '-',
	'–': '-'
};

/**
 * Splits a formula into tokens. Characters the language does not know become errors and
 * are skipped, so the parser still sees the rest and can report its problems too.
 */
export function tokenize(text: string): { tokens: Token[]; errors: FormulaError[] } {
	const tokens: Token[] = [];
	const errors: FormulaError[] = [];
	let at = 0;
	const match = (pattern: RegExp) => {
		pattern.lastIndex = at;
		return pattern.exec(text)?.[0] ?? null;
	};
	while (at < text.length) {
		const space = match(WHITESPACE);
		if (space) {
			at += space.length;
			continue;
		}
		const number = match(NUMBER);
		if (number) {
			tokens.push({
				kind: 'number',
				value: Number(number),
				text: number,
				start: at,
				end: at + number.length
			});
			at += number.length;
			continue;
		}
		const name = match(NAME);
		if (name) {
			const lower = name.toLowerCase();
			if (lower !== name)
				errors.push({
					code: 'uppercase-name',
					problem: problem('problem_formula_uppercase', { lower, name }),
					start: at,
					end: at + name.length,
					suggestion: lower
				});
			tokens.push({ kind: 'name', text: lower, start: at, end: at + name.length });
			at += name.length;
			continue;
		}
		const char = String.fromCodePoint(text.codePointAt(at)!);
		// A look-alike is reported and then read as the operator it stands for.
		const operator = OPERATORS.includes(char) ? char : LOOK_ALIKES[char];
		if (char !== operator) errors.push(unexpectedCharacter(char, at));
		if (operator)
			tokens.push({ kind: operator as Operator, text: operator, start: at, end: at + char.length });
		at += char.length;
	}
	tokens.push({ kind: 'end', text: '', start: text.length, end: text.length });
	return { tokens, errors };
}

function unexpectedCharacter(char: string, at: number): FormulaError {
	const span = { start: at, end: at + char.length };
	const instead = LOOK_ALIKES[char];
	if (instead)
		return {
			code: 'unexpected-character',
			problem: problem('problem_formula_look_alike', { char, instead }),
			...span,
			suggestion: instead
		};
	if (char === '"' || char === "'" || char === '`')
		return {
			code: 'unexpected-character',
			problem: problem('problem_formula_quotes'),
			...span
		};
	return {
		code: 'unexpected-character',
		problem: problem('problem_formula_character', { char }),
		...span
	};
}
