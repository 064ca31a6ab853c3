import { describe, expect, it } from 'vitest';
import { unknownMetric } from '$lib/domain/definition-checks';
import { parseDefinitionsYaml } from '$lib/domain/definitions-yaml';
import { BUILT_IN_METRIC_SOURCES } from '$lib/domain/metrics/catalog';
import { checkCustomMetrics } from '$lib/domain/metrics/custom-metrics';
import { fileErrorTexts } from './definition-text';

const FILE = `format: parallax-definitions/1
metrics:
  - { id: a_rate, label: A, formula: b_rate * 2, unit: percent, direction: higher }
  - { id: b_rate, label: B, formula: a_rate / 2, unit: percent, direction: higher }
definitions:
  - id: br-retail
    team: Brazil retail
    markets: [BR]
    kpis:
      - { metric: er_impresions, comparator: ">=", target: 0.03, unit: percent, weight: 0.5 }
      - { metric: cpa, comparator: "<=", target: 20, unit: currency, weight: 0.5 }
      - { metric: ctr, comparitor: ">=", target: 0.01, unit: percent, weight: 0 }
`;

function errorsOf(text: string) {
	const parsed = parseDefinitionsYaml(text, {
		metrics: (added) => checkCustomMetrics(BUILT_IN_METRIC_SOURCES, added),
		metricName: (name) => unknownMetric(name, BUILT_IN_METRIC_SOURCES)
	});
	if (parsed.ok) throw new Error('the file was accepted');
	return parsed.errors;
}

describe('fileErrorTexts', () => {
	it('words a file’s problems in English as the page and the command line show them', () => {
		const messages = fileErrorTexts(errorsOf(FILE), 'en').map((e) => `${e.line}: ${e.message}`);
		expect(messages).toEqual(
			expect.arrayContaining([
				'3: at column 1 of the formula: cycle: a_rate → b_rate → a_rate',
				'12: Unknown key `comparitor`: check its spelling.',
				'12: A weight must be above zero.',
				'11: A money target needs its currency, such as USD.',
				'10: Unknown metric `er_impresions` — did you mean `er_impressions`?'
			])
		);
	});

	it('words them in the reader’s language, leaving names and codes as written', () => {
		const messages = fileErrorTexts(errorsOf(FILE), 'es').map((e) => e.message);
		expect(messages).toEqual(
			expect.arrayContaining([
				'en la columna 1 de la fórmula: ciclo: a_rate → b_rate → a_rate',
				'Clave desconocida `comparitor`: revisa cómo está escrita.',
				'Un peso debe ser mayor que cero.',
				'Métrica desconocida `er_impresions`: ¿quisiste decir `er_impressions`?'
			])
		);
		expect(fileErrorTexts(errorsOf('format: other\ndefinitions: []\n'), 'pt')).toEqual([
			{
				line: 1,
				column: 9,
				path: 'format',
				message: 'Comece o arquivo com format: parallax-definitions/1'
			},
			{ line: 2, column: 14, path: 'definitions', message: 'O arquivo não contém definições.' }
		]);
	});
});
