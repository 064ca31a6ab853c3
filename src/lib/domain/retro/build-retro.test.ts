import { describe, expect, it } from 'vitest';
import { buildRetro } from './build-retro';
import type { RetroDecision } from './retro-document';
import { entryFacts } from './retro-facts';
import { formatAmount, formatChange, formatMoment, formatShare } from './retro-format';
import { retroTestInputs } from './retro-test-inputs';
import { buildRetroTiming } from './retro-timing';

const retro = buildRetro(retroTestInputs());
const decision = (id: string) => retro.decisions.find((d) => d.id === id)!;

describe('buildRetro', () => {
	it('lists each market under every definition, its own first, with every number written once', () => {
		const us = retro.outcomes.find((o) => o.market === 'US')!;
		expect(us.definitions.map((d) => [d.definition, d.own, d.score, d.verdict])).toEqual([
			['us-brand', true, '104.65%', 'met'],
			['latam', false, '97.72%', 'not met']
		]);
		expect(us.definitions[0]!.kpis).toEqual([
			{
				metric: 'er_impressions',
				label: 'Engagement rate by impressions',
				comparator: '≥',
				actual: '2.51%',
				target: '3.5%',
				attainment: '71.8%',
				verdict: 'miss',
				weight: '50%'
			},
			{
				metric: 'cpa',
				label: 'CPA',
				comparator: '≤',
				actual: '$15.78',
				target: '$20.00',
				attainment: '126.76%',
				verdict: 'win',
				weight: '50%'
			}
		]);
		const mx = retro.outcomes.find((o) => o.market === 'MX')!;
		expect(mx.definitions.map((d) => d.definition)).toEqual(['latam', 'us-brand']);
		expect(mx.definitions[1]).toMatchObject({ score: '—', verdict: 'no data' });
		expect(mx.definitions[1]!.missing).toEqual(['er_impressions']);
	});

	it('carries the timing section of the campaign’s timeline, market names included', () => {
		const inputs = retroTestInputs();
		expect(retro.timing).toEqual(buildRetroTiming(inputs.campaign.markets, inputs.timeline));
		expect(retro.timing.slipped.rows.map((r) => [r.market, r.name, r.lateBy])).toEqual([
			['MX', 'Mexico', '3 days'],
			['MX', 'Mexico', '1 day']
		]);
	});

	it('puts decisions in time order with their author, reasons and expected effect', () => {
		expect(retro.decisions.map((d) => d.id)).toEqual([
			'plain',
			'whole',
			'cap',
			'shift',
			'late-decision'
		]);
		expect(decision('cap')).toMatchObject({
			title: 'Cap the daily boost',
			when: '2026-11-14 to 2026-11-22',
			markets: ['MX'],
			author: 'Lucía Ramírez',
			why: 'One day spent 3.7× a usual day.',
			alternatives: ['Pause for two days', 'Ask for more budget'],
			expected: 'Spend down',
			// A link to an annotation that is not in the retrospective (hidden, gone) is left out.
			related: [{ id: 'open-question', title: 'Is Mexico on target?' }]
		});
		expect(decision('shift').expected).toBe('Spend up by 2026-11-20');
		expect(decision('late-decision')).toMatchObject({ author: null, expected: 'CTR up' });
		expect(decision('plain')).toMatchObject({ expected: null, why: null, alternatives: [] });
	});

	it('writes the observed effect in the metric’s unit: money in the reporting currency, rates in points', () => {
		expect(decision('cap').observed).toEqual({
			status: 'measured',
			verdict: 'inconclusive',
			verdictText: 'inconclusive, the interval spans zero',
			estimate: '-$513.56',
			interval: '-$2,178.25 to +$1,151.13',
			comparison:
				'MX with US over 6 days before (2026-11-07 to 2026-11-13) and 7 days from the decision on (2026-11-14 to 2026-11-20)'
		});
		expect(decision('late-decision').observed).toMatchObject({
			verdict: 'as_expected',
			estimate: '+0.42 pp',
			interval: '+0.11 pp to +0.73 pp'
		});
		expect(decision('shift').observed).toEqual({
			status: 'not_measurable',
			reason: 'The decision starts after the last day of data.'
		});
		expect(decision('plain').observed).toEqual({ status: 'no_expectation' });
	});

	it('keeps positions and says how a disagreement ended, by whom and when', () => {
		expect(retro.disagreements.map((d) => d.id)).toEqual(['settled', 'open-question']);
		const [settled, open] = retro.disagreements;
		expect(settled!.resolution).toEqual({
			outcome: 'Local currency CPM.',
			by: 'Lucía Ramírez',
			at: '2026-11-12 09:30 UTC'
		});
		expect(open!.resolution).toBeNull();
		expect(open!.positions).toEqual([
			{
				party: 'US brand team',
				person: 'Marcus Reed',
				reading: 'Off target.',
				argument: 'Per impression.'
			},
			{
				party: 'LATAM partner team',
				person: null,
				reading: 'On target.',
				argument: 'Per person reached.'
			}
		]);
		expect(entryFacts(settled!)).toContainEqual({
			label: 'Status',
			text: 'resolved 2026-11-12 09:30 UTC by Lucía Ramírez: Local currency CPM.'
		});
		expect(entryFacts(open!)).toContainEqual({ label: 'Status', text: 'open' });
	});

	it('asks what is still open: unsettled disagreements and decisions with no clear effect', () => {
		expect(retro.openQuestions.map((q) => [q.kind, q.id, q.question])).toEqual([
			['disagreement', 'open-question', 'Still open between US brand team and LATAM partner team.'],
			[
				'decision',
				'whole',
				'Expected: CPM down. Not measurable: The decision covers every market, so no market is left to compare it with.'
			],
			[
				'decision',
				'cap',
				'Expected: Spend down. Observed: -$513.56 (95% interval -$2,178.25 to +$1,151.13), inconclusive.'
			],
			[
				'decision',
				'shift',
				'Expected: Spend up by 2026-11-20. Not measurable: The decision starts after the last day of data.'
			]
		]);
	});

	it('keeps learnings and notes apart from decisions', () => {
		expect(retro.learnings.map((l) => l.title)).toEqual(['Read tests per market']);
		expect(retro.notes.map((n) => n.title)).toEqual(['Press mention']);
	});

	it('lists a decision’s facts with the observed effect as one sentence', () => {
		const facts = entryFacts(decision('cap') as RetroDecision);
		expect(facts.map((f) => f.label)).toEqual([
			'When',
			'Markets',
			'Author',
			'Why',
			'Alternatives considered',
			'Expected effect',
			'Observed effect',
			'Related'
		]);
		expect(facts.find((f) => f.label === 'Observed effect')!.text).toBe(
			'-$513.56 (95% interval -$2,178.25 to +$1,151.13): inconclusive, the interval spans zero. Compared MX with US over 6 days before (2026-11-07 to 2026-11-13) and 7 days from the decision on (2026-11-14 to 2026-11-20).'
		);
	});
});

describe('retro number formats', () => {
	it.each([
		[formatAmount(0.030742, 'percent', 'USD'), '3.07%'],
		[formatAmount(1234.5, 'currency', 'USD'), '$1,234.50'],
		[formatAmount(1234.5, 'currency', 'MXN'), 'MX$1,234.50'],
		[formatAmount(1526355.4, 'count', 'USD'), '1,526,355'],
		[formatAmount(4.9512, 'ratio', 'USD'), '4.95'],
		[formatAmount(null, 'count', 'USD'), '—'],
		[formatShare(1.5), '150%'],
		[formatChange(-0.00123, 'percent', 'USD'), '-0.12 pp'],
		[formatChange(0, 'currency', 'USD'), '$0.00'],
		[formatChange(12.345, 'count', 'USD'), '+12.35'],
		[formatMoment('2026-11-20T10:00:00.000Z'), '2026-11-20 10:00 UTC']
	])('writes %s', (written, expected) => {
		expect(written).toBe(expected);
	});
});
