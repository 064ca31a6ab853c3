import { describe, expect, it } from 'vitest';
import { problem } from '$lib/domain/problem';
import { problemText, problemTexts } from './problem-text';

describe('problemText', () => {
	it('words a problem with its values in the language asked for', () => {
		const repeated = problem('problem_market_repeated', { code: 'BR', row: 1 });
		expect(problemText(repeated, 'en')).toBe('BR is already the market of row 1.');
		expect(problemText(repeated, 'es')).toBe('BR ya es el mercado de la fila 1.');
		expect(problemText(repeated, 'pt')).toBe('BR já é o mercado da linha 1.');
	});

	it('words a code no catalog knows (a report from another version) as an invalid value', () => {
		expect(problemText(problem('problem_from_elsewhere'), 'en')).toBe('This value is not valid.');
	});

	it('words every problem of a form under its own key', () => {
		expect(
			problemTexts(
				{ 'market.0.code': problem('problem_market_code'), market: problem('problem_no_market') },
				'pt'
			)
		).toEqual({
			'market.0.code': 'Digite um código de mercado de duas letras, como BR.',
			market: 'Adicione pelo menos um mercado.'
		});
	});
});
