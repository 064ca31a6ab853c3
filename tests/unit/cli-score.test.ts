import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parallaxCli } from '../support/parallax-cli';

const root = path.resolve(import.meta.dirname, '../..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-cli-score-'));
const sampleFacts = (market: string) => path.join(root, 'data/sample/facts', `${market}.csv`);

const parallax = parallaxCli({ PARALLAX_DATA_DIR: dataDir, PARALLAX_NOW: '2026-11-25' });

function definitionsFile(text: string): string {
	const file = path.join(dataDir, `definitions-${Math.random().toString(36).slice(2)}.yaml`);
	fs.writeFileSync(file, text);
	return file;
}

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('parallax score', () => {
	it('scores the stored sample campaign: every market under every definition, as JSON', async () => {
		const result = await parallax(
			'score',
			'--campaign',
			'sample',
			'--from',
			'2026-11-02',
			'--to',
			'2026-11-22',
			'--json'
		);
		expect(result.code, result.stderr).toBe(0);
		const document = JSON.parse(result.stdout);
		expect(document.range).toEqual({ from: '2026-11-02', to: '2026-11-22' });
		expect(document.as_of).toBe('2026-11-22');
		expect(document.results).toHaveLength(10);
		const mx = document.results.find(
			(r: { market: string; definition: string }) =>
				r.market === 'MX' && r.definition === 'us-brand'
		);
		// data/README.md: Mexico's engagement per impression is 3.07%, 0.88 of the 3.5% target.
		expect(mx).toMatchObject({ version: 1, signed_off: true, own_market: false });
		const engagement = mx.kpis.find((k: { metric: string }) => k.metric === 'er_impressions');
		expect(engagement.actual).toBeCloseTo(0.0307, 4);
		expect(engagement.attainment).toBeCloseTo(0.88, 2);
		expect(engagement).toMatchObject({
			target: 0.035,
			unit: 'percent',
			verdict: 'miss',
			weight: 0.3
		});
		expect(document.divergences.map((d: { market: string }) => d.market)).toEqual([
			'US',
			'MX',
			'CO',
			'AR'
		]);
		expect(document.divergences[1].kpis[0]).toEqual({
			metric: 'engagement_rate',
			metrics: { 'latam-partner': 'er_reach', 'us-brand': 'er_impressions' },
			verdicts: { 'latam-partner': 'win', 'us-brand': 'miss' }
		});
	});

	it('scores data files with a definitions file, without a stored campaign', async () => {
		const file = definitionsFile(`format: parallax-definitions/1
metrics:
  - { id: saves_rate, label: Saves per impression, formula: sum(saves) / sum(impressions), unit: percent, direction: higher }
definitions:
  - id: saves
    team: Saves team
    markets: [US]
    kpis:
      - { metric: saves_rate, comparator: ">=", target: 0.001, unit: percent, weight: 1 }
`);
		const result = await parallax('score', sampleFacts('US'), '--definitions', file, '--json');
		expect(result.code, result.stderr).toBe(0);
		const [us] = JSON.parse(result.stdout).results;
		expect(us).toMatchObject({ definition: 'saves', market: 'US', signed_off: false });
		expect(us.kpis[0].actual).toBeGreaterThan(0);
		expect(us.score).toBe(Math.min(1.5, us.kpis[0].actual / 0.001));
	});

	it('refuses a definitions file with every problem and its line, and a version that does not exist', async () => {
		const file = definitionsFile(`format: parallax-definitions/1
definitions:
  - id: saves
    team: Saves team
    markets: [US]
    kpis:
      - { metric: er_impresions, comparator: ">=", target: 0.03, unit: percent, weight: 1 }
`);
		const bad = await parallax('score', sampleFacts('US'), '--definitions', file);
		expect(bad.code).toBe(1);
		expect(bad.stderr).toContain(
			':7: definitions[0].kpis[0].metric: Unknown metric `er_impresions` — did you mean `er_impressions`?'
		);
		const version = await parallax('score', '--campaign', 'sample', '--version', 'us-brand=7');
		expect(version.code).toBe(1);
		expect(version.stderr).toContain('us-brand has no version 7');
		const usage = await parallax('score', '--campaign', 'sample', '--version', 'us-brand');
		expect(usage.code).toBe(2);
		expect(usage.stderr).toContain('--version expects DEFINITION=N');
	});
});
