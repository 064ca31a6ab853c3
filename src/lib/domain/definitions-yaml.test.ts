import { describe, expect, it } from 'vitest';
import type { DefinitionContent } from './definitions';
import { definitionsToYaml, parseDefinitionsYaml } from './definitions-yaml';
import { problem } from './problem';

const brand: DefinitionContent = {
	id: 'us-brand',
	team: 'US brand team',
	markets: ['US'],
	rationale: 'Sales first.',
	cap: 1.5,
	kpis: [
		{
			metric: 'er_impressions',
			comparator: '>=',
			target: 0.035,
			unit: 'percent',
			weight: 0.3,
			bands: { win: 1, onTrack: 0.9 }
		},
		{ metric: 'cpa', comparator: '<=', target: 20, unit: 'currency', currency: 'USD', weight: 0.7 }
	]
};

describe('definitions as YAML', () => {
	it('reads back what it writes', () => {
		const text = definitionsToYaml([{ content: brand, signatories: ['marcus@example.com'] }]);
		expect(text).toContain('format: parallax-definitions/1');
		expect(parseDefinitionsYaml(text)).toEqual({
			ok: true,
			entries: [{ content: brand, signatories: ['marcus@example.com'] }],
			metrics: []
		});
	});

	it('lists every problem at once, each with its line and path', () => {
		const text = [
			'format: parallax-definitions/1', // 1
			'definitions:', // 2
			'  - id: us-brand', // 3
			'    team: US brand team', // 4
			'    markets: [US]', // 5
			'    kpis:', // 6
			'      - metric: er_impresions', // 7
			'        comparitor: ">="', // 8
			'        target: 0.035', // 9
			'        unit: percent', // 10
			'        weight: 0', // 11
			'      - metric: cpa', // 12
			'        comparator: "<="', // 13
			'        target: 20', // 14
			'        unit: currency', // 15
			'        weight: 1' // 16
		].join('\n');
		const result = parseDefinitionsYaml(text);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors.map((e) => [e.line, e.path, e.problem])).toEqual(
			expect.arrayContaining([
				[7, 'definitions[0].kpis[0].comparator', problem('problem_comparator')],
				[
					8,
					'definitions[0].kpis[0].comparitor',
					problem('problem_unknown_key', { key: 'comparitor' })
				],
				[11, 'definitions[0].kpis[0].weight', problem('problem_weight_positive', { minimum: 0 })],
				[12, 'definitions[0].kpis[1].currency', problem('problem_money_currency_missing')]
			])
		);
		expect(result.errors).toHaveLength(4);
		// With a metric check, the unknown metric of that same (refused) definition is listed too.
		const withNames = parseDefinitionsYaml(text, {
			metricName: (name) =>
				name === 'er_impresions' ? problem('problem_metric_unknown', { name }) : null
		});
		expect(withNames.ok).toBe(false);
		if (!withNames.ok) {
			expect(withNames.errors).toHaveLength(5);
			expect(withNames.errors).toContainEqual({
				line: 7,
				column: 17,
				path: 'definitions[0].kpis[0].metric',
				problem: problem('problem_metric_unknown', { name: 'er_impresions' })
			});
		}
	});

	it('adds the caller’s checks (an unknown metric) with their position, once the schema holds', () => {
		const text = definitionsToYaml([
			{
				content: { ...brand, kpis: [{ ...brand.kpis[0]!, metric: 'er_impresions' }] },
				signatories: []
			}
		]);
		const result = parseDefinitionsYaml(text, {
			definition: (entry) =>
				entry.content.kpis.flatMap((kpi, i) =>
					kpi.metric === 'er_impresions'
						? [
								{
									path: `kpis.${i}.metric`,
									problem: problem('problem_metric_unknown', { name: kpi.metric })
								}
							]
						: []
				)
		});
		expect(result).toMatchObject({
			ok: false,
			errors: [
				{
					path: 'definitions[0].kpis[0].metric',
					problem: problem('problem_metric_unknown', { name: 'er_impresions' })
				}
			]
		});
		if (!result.ok) expect(result.errors[0]!.line).toBeGreaterThan(3);
	});

	it('reports a YAML syntax error with its line, and a file of another format', () => {
		const broken = parseDefinitionsYaml(
			'format: parallax-definitions/1\ndefinitions:\n  - id: [us\n'
		);
		expect(broken.ok).toBe(false);
		if (!broken.ok) {
			expect(broken.errors[0]!.line).toBeGreaterThanOrEqual(3);
			expect(broken.errors[0]!.problem.code).toBe('problem_yaml_syntax');
		}
		const other = parseDefinitionsYaml('format: something-else\ndefinitions: []\n');
		expect(other).toMatchObject({
			ok: false,
			errors: [
				{ path: 'format', line: 1, problem: problem('problem_definitions_format') },
				{ path: 'definitions', problem: problem('problem_definitions_none', { minimum: 1 }) }
			]
		});
	});

	it('refuses the same id twice', () => {
		const text = definitionsToYaml([
			{ content: brand, signatories: [] },
			{ content: brand, signatories: [] }
		]);
		expect(parseDefinitionsYaml(text)).toMatchObject({
			ok: false,
			errors: [
				{ path: 'definitions[1].id', problem: problem('problem_id_repeated', { id: 'us-brand' }) }
			]
		});
	});
});
