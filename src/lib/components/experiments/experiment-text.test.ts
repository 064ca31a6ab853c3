import { describe, expect, it } from 'vitest';
import { experimentContentSchema } from '$lib/domain/experiments/experiment';
import { withRowSplitChecks } from '$lib/domain/experiments/row-split';
import { summariseRatioRows } from '$lib/domain/stats/ratio-delta';
import { summariseSplit } from '$lib/domain/stats/split-summary';
import { decisionDraft, experimentFormat, pValueText } from './experiment-text';

const test = experimentContentSchema.parse({
	name: 'Creative B vs A',
	variants: ['A', 'B'],
	markets: ['MX', 'AR'],
	metric: { numerator: 'clicks', denominator: 'impressions' },
	start: '2026-09-28',
	end: '2026-11-22',
	mde: 0.05
});

const rows = (count: number, y: number, x: number) =>
	summariseRatioRows(
		Array.from({ length: count }, (_, i) => [y + (i % 4), x + (i % 3) * 40] as const)
	);

const summary = withRowSplitChecks(
	summariseSplit(
		{
			kind: 'ratio',
			groups: [
				{ group: 'MX', control: rows(160, 300, 30_000), treatment: rows(160, 340, 30_000) },
				{ group: 'AR', control: rows(190, 500, 40_000), treatment: rows(108, 490, 40_000) }
			]
		},
		{ names: { control: 'A', treatment: 'B' }, planned: [50, 50] }
	)
);
const names: Record<string, string> = { MX: 'México', AR: 'Argentina' };

describe('the decision a test’s result prefills', () => {
	it('titles it after the test and lists each market’s lift, in the reader’s language', () => {
		const draft = decisionDraft(
			test,
			summary,
			{ from: '2026-09-28', to: '2026-11-22' },
			(code) => names[code] ?? code,
			'es-AR',
			'es'
		);
		expect(draft.title).toBe('Decisión sobre Creative B vs A');
		const lines = draft.body.split('\n');
		expect(lines[0]).toBe('B frente a A en clicks / impressions, del 2026-09-28 al 2026-11-22:');
		const lift = new Intl.NumberFormat('es-AR', {
			style: 'percent',
			minimumFractionDigits: 2,
			maximumFractionDigits: 2,
			signDisplay: 'exceptZero'
		}).format(summary.groups[0]!.relLift!);
		expect(lines[2]).toMatch(new RegExp(`^- México: ${lift.replace(/[+.]/g, '\\$&')} \\(de `));
		expect(lines).toContain('Desajuste de proporción de muestra en Argentina.');
	});

	it('writes differences in percentage points and tiny p-values in scientific notation', () => {
		const format = experimentFormat('en-US', 'en');
		expect(format.points(0.00029)).toBe('+0.029 pp');
		expect(format.points(-0.00252)).toBe('-0.252 pp');
		expect(experimentFormat('pt-BR', 'pt').points(0.00107)).toBe('+0,107 p.p.');
		expect(pValueText(2.03e-6, 'en-US')).toBe('2.0E-6');
		expect(pValueText(2.03e-6, 'es-AR')).toBe('2,0E-6');
		expect(pValueText(0.44172, 'en-US')).toBe('0.4417');
		expect(pValueText(null, 'en-US')).toBe('—');
	});
});
