import type {
	RetroDecision,
	RetroDisagreement,
	RetroDocument,
	RetroEntry,
	RetroMarketOutcome
} from '$lib/domain/retro/retro-document';
import {
	definitionHeading,
	entryFacts,
	summaryFacts,
	type RetroFact
} from '$lib/domain/retro/retro-facts';
import { escapeHtml as text } from '../escape-html';
import { renderMarkdown } from '../markdown';
import { timingHtml } from './retro-timing-html';

/**
 * The retrospective as an HTML fragment, `<article class="retro">…</article>`: the same words
 * as the Markdown, every piece of text escaped and every annotation body rendered and
 * sanitised by `renderMarkdown`, so nothing typed into an annotation can run as code.
 */
export function retroHtml(document: RetroDocument): string {
	return [
		`<article class="retro" data-campaign="${text(document.campaign.id)}">`,
		`<header><h1>Retrospective: ${text(document.campaign.name)}</h1>`,
		factList(summaryFacts(document), 'retro-summary'),
		'</header>',
		section('outcomes', 'Outcome per market', [
			outcomeTable(document),
			...document.outcomes.map(marketSection)
		]),
		section('timing', 'Timing', timingHtml(document.timing)),
		section('decisions', 'Decisions', entries(document.decisions)),
		section('disagreements', 'Disagreements', entries(document.disagreements)),
		section('open-questions', 'Open questions', [
			document.openQuestions.length > 0
				? `<ul>${document.openQuestions
						.map(
							(q) =>
								`<li data-annotation="${text(q.id)}"><strong>${text(q.title)}</strong> (${q.kind}): ${text(q.question)}</li>`
						)
						.join('')}</ul>`
				: '<p>None.</p>'
		]),
		section('learnings', 'Learnings', entries(document.learnings)),
		section('notes', 'Notes', entries(document.notes)),
		'</article>'
	].join('\n');
}

function section(id: string, title: string, content: string[]): string {
	return [
		`<section class="retro-${id}" aria-labelledby="retro-${id}">`,
		`<h2 id="retro-${id}">${title}</h2>`,
		...content,
		'</section>'
	].join('\n');
}

function factList(facts: RetroFact[], className: string): string {
	const items = facts.map((f) => `<dt>${text(f.label)}</dt><dd>${text(f.text)}</dd>`);
	return `<dl class="${className}">${items.join('')}</dl>`;
}

function outcomeTable(document: RetroDocument): string {
	const head = document.definitions
		.map((d) => `<th scope="col">${text(definitionHeading(d))}</th>`)
		.join('');
	const rows = document.outcomes.map((outcome) => {
		const cells = document.definitions.map((d) => {
			const scored = outcome.definitions.find((o) => o.definition === d.id);
			if (!scored) return '<td>—</td>';
			const reading = `${text(scored.score)} ${scored.verdict}`;
			return scored.own
				? `<td class="own"><strong>${reading}</strong> (own)</td>`
				: `<td>${reading}</td>`;
		});
		return `<tr><th scope="row">${text(outcome.market)} (${text(outcome.name)})</th>${cells.join('')}</tr>`;
	});
	return [
		'<table class="retro-matrix">',
		'<caption>Each market scored under every definition</caption>',
		`<thead><tr><th scope="col">Market</th>${head}</tr></thead>`,
		`<tbody>${rows.join('')}</tbody>`,
		'</table>'
	].join('\n');
}

function marketSection(outcome: RetroMarketOutcome): string {
	const blocks = outcome.definitions.map((scored) => {
		const rows = scored.kpis.map(
			(kpi) =>
				`<tr data-metric="${text(kpi.metric)}"><td>${text(kpi.label)} <code>${text(kpi.metric)}</code> ${kpi.comparator}</td><td>${text(kpi.actual)}</td><td>${text(kpi.target)}</td><td>${text(kpi.attainment)}</td><td>${kpi.verdict}</td><td>${text(kpi.weight)}</td></tr>`
		);
		return [
			`<h4>${text(scored.team)}${scored.own ? ' (own definition)' : ''}: ${text(scored.score)}, ${scored.verdict}</h4>`,
			`<table class="retro-kpis" data-definition="${text(scored.definition)}">`,
			'<thead><tr><th scope="col">KPI</th><th scope="col">Actual</th><th scope="col">Target</th><th scope="col">Attainment</th><th scope="col">Verdict</th><th scope="col">Weight</th></tr></thead>',
			`<tbody>${rows.join('')}</tbody>`,
			'</table>',
			scored.missing.length > 0
				? `<p>Left out of the score for want of data: ${scored.missing.map((m) => `<code>${text(m)}</code>`).join(', ')}.</p>`
				: ''
		]
			.filter((line) => line !== '')
			.join('\n');
	});
	return [
		`<section class="retro-market" id="market-${text(outcome.market)}">`,
		`<h3>${text(outcome.market)} (${text(outcome.name)})</h3>`,
		...blocks,
		'</section>'
	].join('\n');
}

function entries(list: readonly (RetroEntry | RetroDecision | RetroDisagreement)[]): string[] {
	return list.length > 0 ? list.map(entry) : ['<p>None recorded.</p>'];
}

function entry(item: RetroEntry | RetroDecision | RetroDisagreement): string {
	const verdict =
		'observed' in item && item.observed.status === 'measured'
			? ` data-effect="${item.observed.verdict}"`
			: '';
	const positions =
		'positions' in item && item.positions.length > 0
			? `<p>Positions:</p><ul class="retro-positions">${item.positions
					.map(
						(p) =>
							`<li><strong>${text(p.party)}</strong>${p.person ? ` (${text(p.person)})` : ''}: ${text(p.reading)} — ${text(p.argument)}</li>`
					)
					.join('')}</ul>`
			: '';
	const body = item.body.trim() ? `<div class="retro-body">${renderMarkdown(item.body)}</div>` : '';
	return [
		`<section class="retro-entry" id="annotation-${text(item.id)}"${verdict}>`,
		`<h3>${text(item.title)}</h3>`,
		factList(entryFacts(item), 'retro-facts'),
		positions,
		body,
		'</section>'
	]
		.filter((line) => line !== '')
		.join('\n');
}
