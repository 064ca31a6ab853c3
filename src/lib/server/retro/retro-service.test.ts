import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Campaign } from '$lib/domain/campaign';
import type { RetroDocument } from '$lib/domain/retro/retro-document';
import { formatAmount, formatChange, formatShare } from '$lib/domain/retro/retro-format';
import { observedEffects } from '../annotations/observed-effect-service';
import { appContext, type AppContext } from '../app-context';
import { findCampaign } from '../campaign-store';
import { serverConfig } from '../config';
import { closeDatabase } from '../database';
import { scoreStoredCampaign } from '../definitions/score-service';
import { escapeHtml } from '../escape-html';
import { storedTimingActuals } from '../timeline/timeline-service';
import { retroHtml } from './retro-html';
import { retroOptionsOf } from './retro-options';
import { retroOf, retroText } from './retro-service';
import { parallaxCli } from '../../../../tests/support/parallax-cli';

const root = path.resolve(import.meta.dirname, '../../../..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-retro-'));
// The sample's last day of data: the retrospective of the whole campaign.
const AS_OF = '2026-11-22';
const seeds = JSON.parse(
	fs.readFileSync(path.join(root, 'data/sample/annotations.json'), 'utf8')
) as {
	kind: string;
	title: string;
	positions?: { party: string; reading: string; argument: string }[];
}[];

let context: AppContext;
let sample: Campaign;
let retro: RetroDocument;
let markdown: string;
let html: string;

const parallax = parallaxCli({ PARALLAX_DATA_DIR: dataDir, PARALLAX_NOW: '2026-11-25' });

beforeAll(async () => {
	context = await appContext(serverConfig({ PARALLAX_DATA_DIR: dataDir }));
	sample = findCampaign(context.db, 'sample')!;
	retro = await retroOf(context, sample, { asOf: AS_OF, days: 7 });
	markdown = retroText(retro, 'md');
	html = retroHtml(retro);
});

afterAll(() => {
	closeDatabase(dataDir);
	fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('the sample campaign’s retrospective', () => {
	it('holds every seed decision and disagreement, in both formats', () => {
		const decisions = seeds.filter((s) => s.kind === 'decision');
		const disagreements = seeds.filter((s) => s.kind === 'disagreement');
		expect(decisions.length).toBeGreaterThan(0);
		expect(disagreements.length).toBeGreaterThan(0);
		expect(retro.decisions.map((d) => d.title).sort()).toEqual(
			decisions.map((d) => d.title).sort()
		);
		expect(retro.disagreements.map((d) => d.title).sort()).toEqual(
			disagreements.map((d) => d.title).sort()
		);
		for (const seed of [...decisions, ...disagreements]) {
			expect(markdown).toContain(`### ${seed.title}\n`);
			expect(html).toContain(`<h3>${escapeHtml(seed.title)}</h3>`);
			for (const position of seed.positions ?? []) {
				expect(markdown).toContain(`**${position.party}**`);
				expect(html).toContain(escapeHtml(position.reading));
				expect(html).toContain(escapeHtml(position.argument));
			}
		}
		// The sample's disagreement is still open, so it is an open question.
		expect(retro.openQuestions).toContainEqual(
			expect.objectContaining({ kind: 'disagreement', title: disagreements[0]!.title })
		);
	});

	it('shows the sample’s scores as the scoring code computes them', async () => {
		const scored = await scoreStoredCampaign(context, sample, { asOf: AS_OF });
		expect(retro.range).toEqual(scored.range);
		const mx = scored.results.find((r) => r.market === 'MX' && r.definition === 'us-brand')!;
		const engagement = mx.kpis.find((k) => k.metric === 'er_impressions')!;
		const actual = formatAmount(engagement.actual, 'percent', 'USD');
		// data/README.md: Mexico's engagement per impression is 3.07%, 0.88 of the 3.5% target.
		expect(actual).toBe('3.07%');
		const row = `| Engagement rate by impressions \`er_impressions\` ≥ | ${actual} | 3.5% | 87.85% | miss | 30% |`;
		expect(markdown).toContain(row);
		expect(html).toContain(
			`<tr data-metric="er_impressions"><td>Engagement rate by impressions <code>er_impressions</code> ≥</td><td>${actual}</td><td>3.5%</td><td>87.85%</td><td>miss</td><td>30%</td></tr>`
		);
		for (const result of scored.results) {
			const market = retro.outcomes.find((o) => o.market === result.market)!;
			const outcome = market.definitions.find((d) => d.definition === result.definition)!;
			expect(outcome.own).toBe(result.own);
			expect(outcome.kpis.map((k) => k.actual)).toEqual(
				result.kpis.map((k) => formatAmount(k.actual, k.unit, k.currency ?? 'USD'))
			);
		}
	});

	it('shows each seed decision’s observed effect as the effect code measures it', async () => {
		const decisions = context.annotations.list('sample').filter((a) => a.kind === 'decision');
		const effects = await observedEffects(context, sample, decisions, { asOf: AS_OF, days: 7 });
		for (const decision of decisions) {
			const effect = effects.get(decision.id)!;
			const shown = retro.decisions.find((d) => d.id === decision.id)!;
			expect(shown.observed.status).toBe(effect.status);
			if (effect.status === 'measured') {
				const estimate = formatChange(effect.estimate, 'currency', 'USD');
				expect(shown.observed).toMatchObject({ estimate });
				expect(markdown).toContain(`- **Observed effect:** ${estimate} (95% interval`);
				expect(html).toContain(`<dd>${escapeHtml(estimate)} (95% interval`);
			}
		}
		// Both seed decisions expect a change in spend and are measured against the other markets.
		expect(retro.decisions.map((d) => d.observed.status)).toEqual(['measured', 'measured']);
	});

	it('shows each phase overrun of the sample with the phase it squeezed and its real numbers', () => {
		// Slips and squeezes counted here from the stored actual dates, apart from the timeline code.
		const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;
		const name = (code: string) => sample.markets.find((m) => m.code === code)!.name;
		const squeezes = sample.markets.flatMap(({ code }) => {
			const actual = (id: string) => sample.actualPhases![code]!.find((a) => a.phaseId === id)!;
			return sample.phases.slice(0, -1).flatMap((phase, i) => {
				const next = sample.phases[i + 1]!;
				const overrun = days(phase.end, actual(phase.id).end!);
				const nextLate = days(next.start, actual(next.id).start);
				const nextSlip = days(next.end, actual(next.id).end!);
				return overrun > 0 && nextLate > 0 && nextSlip <= 0
					? [{ code, phase, next, overrun, lost: nextLate, actualEnd: actual(phase.id).end! }]
					: [];
			});
		});
		// data/README.md: AR's alignment squeezed its sourcing; CO's live phase was squeezed.
		expect(squeezes.map((s) => [s.code, s.phase.id, s.next.id, s.overrun, s.lost])).toEqual([
			['CO', 'soft_launch', 'live', 2, 2],
			['AR', 'alignment', 'sourcing', 2, 2]
		]);
		for (const s of squeezes) {
			const cells = [
				`${s.code} (${name(s.code)})`,
				s.phase.label,
				s.phase.end,
				s.actualEnd,
				`${s.overrun} days`,
				s.next.label,
				`squeezed: started ${s.lost} days late and ended on time, ${s.lost} days of it lost`
			];
			expect(markdown).toContain(`| ${cells.map((c) => c.replace('&', '\\&')).join(' | ')} |`);
			expect(html).toContain(
				`<tr data-market="${s.code}" data-phase="${s.phase.id}" data-effect="squeezed"><th scope="row">${escapeHtml(cells[0]!)}</th>${cells
					.slice(1)
					.map((c) => `<td>${escapeHtml(c)}</td>`)
					.join('')}</tr>`
			);
		}
		// What it cost CO: two phases late, the live days squeezed out, and a late go-live.
		const live = sample.phases.at(-1)!;
		const goLive = sample.actualPhases!['CO']!.find((a) => a.phaseId === live.id)!.start;
		const lost = squeezes.find((s) => s.code === 'CO')!.lost;
		expect(markdown).toContain(
			`| CO (Colombia) | 2 | ${lost} days | ${days(live.start, goLive)} days late (${goLive}, planned ${live.start}) | ${lost} days |`
		);
		// CO's overrun began in sourcing and pushed the soft launch late before the squeeze.
		expect(markdown).toContain(
			'| CO (Colombia) | Sourcing \\& briefing | 2026-11-01 | 2026-11-03 | 2 days | Soft launch | pushed: started 2 days late and ended 2 days late |'
		);
	});

	it('sets the sample’s late markets against those that ran to plan and sizes each buffer', () => {
		const actuals = storedTimingActuals(context, sample);
		// US and MX ran to plan, BR ended early: the three markets the late ones are set against.
		const onPlan = ['US', 'MX', 'BR'].map((code) => actuals[code]!.approval_hours_median!);
		const median = [...onPlan].sort((a, b) => a - b)[1]!;
		const ar = actuals['AR']!.approval_hours_median!;
		expect(ar).toBeGreaterThan(median);
		const hours = (value: number) => `${formatAmount(value, 'ratio', '')} h`;
		expect(markdown).toContain(
			`Approval cycle time (median) ${hours(ar)} against ${hours(median)} (${formatChange(ar - median, 'ratio', '')} h)`
		);
		const late = actuals['AR']!.content_late_share!;
		expect(markdown).toContain(`Content approved late ${formatShare(late)} against 0%`);
		expect(markdown).toContain(
			'median of the markets where every phase is recorded and none ended late (US, MX, BR)'
		);
		// The largest slip per phase, from the stored dates: AR's alignment, CO's sourcing and
		// soft launch, and a live phase no market ended late.
		const slip = (id: string) =>
			Math.max(
				0,
				...sample.markets.map(({ code }) => {
					const phase = sample.phases.find((p) => p.id === id)!;
					const end = sample.actualPhases![code]!.find((a) => a.phaseId === id)!.end!;
					return (Date.parse(end) - Date.parse(phase.end)) / 86_400_000;
				})
			);
		expect(sample.phases.map((p) => slip(p.id))).toEqual([2, 2, 2, 0]);
		expect(markdown).toContain(
			`| Alignment | ${slip('alignment')} days | AR | AR: 2 days; US, MX, BR, CO: 0 days |`
		);
		expect(markdown).toContain(
			`| Sourcing \\& briefing | ${slip('sourcing')} days | CO | CO: 2 days; US, MX, BR, AR: 0 days |`
		);
		expect(markdown).toContain('| Live | 0 days | none ended late | the same in every market |');
	});

	it('prints the same Markdown and HTML from the command line as the download gives', async () => {
		const md = await parallax('retro', '--campaign', 'sample', '--as-of', AS_OF);
		expect(md.code, md.stderr).toBe(0);
		expect(md.stdout).toBe(markdown);
		const page = await parallax(
			'retro',
			'--campaign',
			'sample',
			'--format',
			'html',
			'--as-of',
			AS_OF,
			'--days',
			'7'
		);
		expect(page.code, page.stderr).toBe(0);
		expect(page.stdout).toBe(retroText(retro, 'html'));
		expect(page.stdout).toContain(`<body>\n${html}\n</body>`);
	});

	it('measures over another N when asked, and refuses a bad one', async () => {
		const wider = await parallax('retro', '--campaign', 'sample', '--as-of', AS_OF, '--days', '3');
		expect(wider.code, wider.stderr).toBe(0);
		expect(wider.stdout).toContain('3 days before each decision against 3 days from it on');
		expect(wider.stdout).not.toBe(markdown);
		const bad = await parallax('retro', '--campaign', 'sample', '--format', 'pdf');
		expect(bad.code).toBe(2);
		expect(bad.stderr).toContain('--format expects md or html');
		const missing = await parallax('retro', '--campaign', 'nope');
		expect(missing.code).toBe(1);
		expect(missing.stderr).toContain('no campaign with id "nope"');
	});
});

describe('retroOptionsOf', () => {
	it.each([
		['', { ok: true, options: { days: 7 } }],
		['as_of=2026-11-22&days=14', { ok: true, options: { asOf: '2026-11-22', days: 14 } }],
		[
			'days=0',
			{
				ok: false,
				param: 'days',
				problem: { code: 'problem_days_minimum', params: { minimum: 1 } }
			}
		],
		[
			'days=61',
			{
				ok: false,
				param: 'days',
				problem: { code: 'problem_days_maximum', params: { maximum: 60 } }
			}
		],
		['days=2.5', { ok: false, param: 'days', problem: { code: 'problem_days_whole' } }],
		['as_of=2026-02-30', { ok: false, param: 'as_of', problem: { code: 'problem_day_unknown' } }],
		['as_of=yesterday', { ok: false, param: 'as_of', problem: { code: 'problem_day_format' } }]
	])('reads ?%s', (query, expected) => {
		expect(retroOptionsOf(new URLSearchParams(query))).toEqual(expected);
	});
});
