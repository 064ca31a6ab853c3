import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { buildRetro } from './build-retro';
import { inline, retroMarkdown } from './retro-markdown';
import { retroTestInputs } from './retro-test-inputs';
import { BUFFER_RULE } from './retro-timing-buffer';

const retro = buildRetro(retroTestInputs());
const markdown = retroMarkdown(retro);
// A reader that lets raw HTML through, as many Markdown viewers do: escaping must hold anyway.
const permissive = new MarkdownIt({ html: true });

describe('retroMarkdown', () => {
	it('has the sections in order and ends with one newline', () => {
		const headings = markdown.split('\n').filter((line) => /^## /.test(line));
		expect(headings).toEqual([
			'## Outcome per market',
			'## Timing',
			'## Decisions',
			'## Disagreements',
			'## Open questions',
			'## Learnings',
			'## Notes'
		]);
		expect(markdown.startsWith('# Retrospective: Demo \\& \\<Co\\> launch\n')).toBe(true);
		expect(markdown).toMatch(/[^\n]\n$/);
	});

	it('shows the outcome matrix with the own definition marked and a draft named as such', () => {
		expect(markdown).toContain(
			'| Market | LATAM \\| partner team v1 (draft) | US brand team v2 |\n| --- | --- | --- |\n' +
				'| US (United States) | 97.72% not met | **104.65% met** (own) |\n' +
				'| MX (Mexico) | **125.21% met** (own) | — no data |'
		);
		expect(markdown).toContain('| CPA `cpa` ≤ | $15.78 | $20.00 | 126.76% | win | 50% |');
		expect(markdown).toContain('Left out of the score for want of data: `er_impressions`.');
	});

	it('shows what slipped, what it cost and the buffer to plan, with the phase label escaped', () => {
		const timing = markdown.slice(markdown.indexOf('## Timing'), markdown.indexOf('## Decisions'));
		expect(timing.split('\n').filter((line) => line.startsWith('### '))).toEqual([
			'### What slipped',
			'### What it cost',
			'### Buffer to plan next time'
		]);
		expect(timing).toContain(
			'| MX (Mexico) | Prep \\& \\<legal\\> \\| sign-off | 2026-10-10 | 2026-10-13 | 3 days | Build | squeezed: started 3 days late, lost 2 days and still ended 1 day late |'
		);
		expect(timing).toContain(
			'| MX (Mexico) | 2 | 3 days | 1 day late (2026-10-22, planned 2026-10-21) | 1 day |'
		);
		expect(timing).toContain(
			'| Approval cycle time (median) `approval_hours_median` | 40 h | 70 h | 40 h |'
		);
		expect(timing).toContain(
			'- **MX (Mexico):** Days to agree (cold outreach) 6 working days against 4 working days (+2 working days);'
		);
		expect(timing).toContain(`${inline(BUFFER_RULE)}\n`);
		expect(timing).toContain(
			'| Prep \\& \\<legal\\> \\| sign-off | 3 days | MX | MX: 3 days; US: 0 days |'
		);
		const rendered = permissive.render(timing);
		expect(rendered).toContain('<td>Prep &amp; &lt;legal&gt; | sign-off</td>');
		expect(rendered).not.toMatch(/<legal/);
	});

	it('says in a sentence, not an empty table, that a campaign without phases or records has no timing', () => {
		const bare = retroMarkdown(
			buildRetro({
				...retroTestInputs(),
				timeline: retroTestInputs().timeline.map((t) => ({
					...t,
					phases: [],
					timing: Object.fromEntries(
						Object.keys(t.timing).map((id) => [id, null])
					) as typeof t.timing
				}))
			})
		);
		const timing = bare.slice(bare.indexOf('## Timing'), bare.indexOf('## Decisions'));
		expect(timing).toBe(
			[
				'## Timing',
				'### What slipped',
				'The campaign plans no phases, so there is nothing to measure a slip against.',
				'### What it cost',
				'The campaign plans no phases, so no days can be counted as lost.',
				'No sourcing or approval records, so there are no timing metrics.',
				'### Buffer to plan next time',
				'The campaign plans no phases, so there is no buffer to suggest.',
				''
			].join('\n\n')
		);
	});

	it('gives each decision its facts and its body as written', () => {
		expect(markdown).toContain(
			[
				'### Cap the daily boost',
				'',
				'- **When:** 2026-11-14 to 2026-11-22',
				'- **Markets:** MX',
				'- **Author:** Lucía Ramírez',
				'- **Why:** One day spent 3.7× a usual day.',
				'- **Alternatives considered:** Pause for two days; Ask for more budget',
				'- **Expected effect:** Spend down',
				'- **Observed effect:** -$513.56 (95% interval -$2,178.25 to +$1,151.13): inconclusive, the interval spans zero. Compared MX with US over 6 days before (2026-11-07 to 2026-11-13) and 7 days from the decision on (2026-11-14 to 2026-11-20).',
				'- **Related:** Is Mexico on target?'
			].join('\n')
		);
		expect(markdown).toContain('\n\n- Compare within markets.\n');
	});

	it('lists positions and how each disagreement ended', () => {
		expect(markdown).toContain(
			'Positions:\n- **US brand team** (Marcus Reed): Off target. — Per impression.\n- **LATAM partner team**: On target. — Per person reached.'
		);
		expect(markdown).toContain(
			'- **Status:** resolved 2026-11-12 09:30 UTC by Lucía Ramírez: Local currency CPM.'
		);
		expect(markdown).toContain(
			'- **Is Mexico on target?** (disagreement): Still open between US brand team and LATAM partner team.'
		);
	});

	it('escapes plain text so that a title cannot become markup, even where HTML is allowed', () => {
		expect(markdown).toContain('### \\<script\\>alert(1)\\</script\\>');
		expect(markdown).toContain('- **Why:** Because \\| pipes \\*and\\* stars');
		const rendered = permissive.render(markdown);
		expect(rendered).not.toMatch(/<script/i);
		expect(rendered).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(rendered).toContain('Because | pipes *and* stars');
	});

	it('escapes inline text to read back as typed, on one line', () => {
		const typed = 'a_b *c* [d](e) <f> #g |h| ~i~ &amp;\nnext `j` \\k';
		const rendered = new MarkdownIt().renderInline(inline(typed));
		expect(rendered).toBe('a_b *c* [d](e) &lt;f&gt; #g |h| ~i~ &amp;amp; next `j` \\k');
	});
});
