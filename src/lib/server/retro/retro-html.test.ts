import { describe, expect, it } from 'vitest';
import { buildRetro } from '$lib/domain/retro/build-retro';
import { entryFacts, summaryFacts } from '$lib/domain/retro/retro-facts';
import { retroTestInputs } from '$lib/domain/retro/retro-test-inputs';
import { escapeHtml } from '../escape-html';
import { retroHtml } from './retro-html';
import { retroPage } from './retro-page';

const retro = buildRetro(retroTestInputs());
const html = retroHtml(retro);

describe('retroHtml', () => {
	it('is one article with the campaign name escaped', () => {
		expect(html.startsWith('<article class="retro" data-campaign="demo">\n')).toBe(true);
		expect(html.endsWith('</article>')).toBe(true);
		expect(html.match(/<article/g)).toHaveLength(1);
		expect(html).toContain('<h1>Retrospective: Demo &amp; &lt;Co&gt; launch</h1>');
	});

	it('shows the same labelled facts as the Markdown, for the header and every entry', () => {
		const entries = [
			...retro.decisions,
			...retro.disagreements,
			...retro.learnings,
			...retro.notes
		];
		for (const fact of [...summaryFacts(retro), ...entries.flatMap(entryFacts)]) {
			expect(html).toContain(`<dt>${escapeHtml(fact.label)}</dt><dd>${escapeHtml(fact.text)}</dd>`);
		}
	});

	it('writes the KPI rows with the document’s numbers and marks the own definition', () => {
		expect(html).toContain(
			'<tr data-metric="cpa"><td>CPA <code>cpa</code> ≤</td><td>$15.78</td><td>$20.00</td><td>126.76%</td><td>win</td><td>50%</td></tr>'
		);
		expect(html).toContain(
			'<tr><th scope="row">US (United States)</th><td>97.72% not met</td><td class="own"><strong>104.65% met</strong> (own)</td></tr>'
		);
		expect(html).toContain('<th scope="col">LATAM | partner team v1 (draft)</th>');
	});

	it('keeps a decision’s measured verdict as an attribute and every position', () => {
		expect(html).toContain(
			'<section class="retro-entry" id="annotation-late-decision" data-effect="as_expected">'
		);
		expect(html).toContain(
			'<li><strong>US brand team</strong> (Marcus Reed): Off target. — Per impression.</li>'
		);
	});

	it('leaves a script in a title and a javascript: link or an event attribute in a body inert', () => {
		expect(html).toContain('<h3>&lt;script&gt;alert(1)&lt;/script&gt;</h3>');
		expect(html).not.toMatch(/<script/i);
		// The link and the tag are left as the text that was typed, never as a link or an element.
		expect(html).not.toMatch(/href="javascript:/i);
		expect(html).not.toMatch(/<img|<[^>]*\sonerror/i);
		expect(html).toContain(
			'<p>See [the brief](javascript:alert(1)) &lt;img src=x onerror=alert(1)&gt; and <strong>bold</strong>.</p>'
		);
	});

	it('shows the timing section with the rows of the document, every phase label escaped', () => {
		expect(html).toContain('<section class="retro-timing" aria-labelledby="retro-timing">');
		expect(html).toContain(
			'<tr data-market="MX" data-phase="prep" data-effect="squeezed"><th scope="row">MX (Mexico)</th><td>Prep &amp; &lt;legal&gt; | sign-off</td><td>2026-10-10</td><td>2026-10-13</td><td>3 days</td><td>Build</td><td>squeezed: started 3 days late, lost 2 days and still ended 1 day late</td></tr>'
		);
		expect(html).toContain(
			'<tr data-market="MX"><th scope="row">MX (Mexico)</th><td>2</td><td>3 days</td><td>1 day late (2026-10-22, planned 2026-10-21)</td><td>1 day</td></tr>'
		);
		expect(html).toContain(
			'<tr data-metric="content_late_share"><th scope="row">Content approved late <code>content_late_share</code></th><td>0%</td><td>25%</td><td>0%</td></tr>'
		);
		expect(html).toContain(
			'<tr data-phase="live"><th scope="row">Live</th><td>0 days</td><td>none ended late</td><td>the same in every market</td></tr>'
		);
		expect(html).not.toMatch(/<legal/);
		// The same sentences as the Markdown.
		const { slipped, cost, buffer } = retro.timing;
		for (const sentence of [...slipped.text, ...cost.text, ...cost.metricsText, ...buffer.text]) {
			expect(html).toContain(`<p>${escapeHtml(sentence)}</p>`);
		}
		expect(html).toContain(
			`<li data-market="MX"><strong>MX (Mexico):</strong> ${escapeHtml(cost.comparisons[0]!.text)}</li>`
		);
	});

	it('gives a campaign without phases or records a sentence instead of empty tables', () => {
		const inputs = retroTestInputs();
		const bare = retroHtml(
			buildRetro({
				...inputs,
				timeline: inputs.timeline.map((t) => ({
					...t,
					phases: [],
					timing: Object.fromEntries(
						Object.keys(t.timing).map((id) => [id, null])
					) as typeof t.timing
				}))
			})
		);
		const timing = bare.slice(bare.indexOf('<section class="retro-timing"'));
		const section = timing.slice(0, timing.indexOf('</section>'));
		expect(section).not.toContain('<table');
		expect(section).toContain(
			'<p>The campaign plans no phases, so there is nothing to measure a slip against.</p>'
		);
		expect(section).toContain(
			'<p>No sourcing or approval records, so there are no timing metrics.</p>'
		);
	});

	it('says so when a section has nothing', () => {
		const empty = retroHtml(
			buildRetro({ ...retroTestInputs(), annotations: [], effects: new Map() })
		);
		expect(empty.match(/<p>None recorded\.<\/p>/g)).toHaveLength(4);
		expect(empty).toContain('<p>None.</p>');
	});
});

describe('retroPage', () => {
	it('wraps exactly the page’s fragment in a standalone document with print rules', () => {
		const page = retroPage(retro);
		expect(page.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
		expect(page).toContain(`<body>\n${html}\n</body>`);
		expect(page).toContain('<title>Retrospective: Demo &amp; &lt;Co&gt; launch</title>');
		expect(page).toContain('@media print');
		expect(page).toMatch(/\.retro \.retro-entry[^{]*\{[^}]*break-inside: avoid/);
	});
});
