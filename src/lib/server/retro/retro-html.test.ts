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
