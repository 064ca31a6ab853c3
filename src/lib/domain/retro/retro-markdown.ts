import type {
	RetroDisagreement,
	RetroDocument,
	RetroEntry,
	RetroMarketOutcome,
	RetroTiming
} from './retro-document';
import { definitionHeading, entryFacts, summaryFacts, type RetroFact } from './retro-facts';
import { TIMING_HEADINGS as H } from './retro-timing-headings';

/**
 * The retrospective as Markdown, for the next campaign's playbook. Plain text (titles, reasons,
 * positions) is escaped so that it reads as typed; annotation bodies, written in Markdown,
 * are kept as they are.
 */
export function retroMarkdown(document: RetroDocument): string {
	const blocks = [
		`# Retrospective: ${inline(document.campaign.name)}`,
		facts(summaryFacts(document)),
		'## Outcome per market',
		outcomeTable(document),
		...document.outcomes.flatMap(marketBlocks),
		`## ${H.section}`,
		...timingBlocks(document.timing),
		'## Decisions',
		...section(document.decisions, entryBlocks),
		'## Disagreements',
		...section(document.disagreements, entryBlocks),
		'## Open questions',
		document.openQuestions.length > 0
			? document.openQuestions
					.map((q) => `- **${inline(q.title)}** (${q.kind}): ${inline(q.question)}`)
					.join('\n')
			: 'None.',
		'## Learnings',
		...section(document.learnings, entryBlocks),
		'## Notes',
		...section(document.notes, entryBlocks)
	];
	return `${blocks.filter((block) => block !== '').join('\n\n')}\n`;
}

/**
 * Plain text made safe for Markdown: every character that could start emphasis, a link, code,
 * raw HTML, an entity or a table cell, or close a heading, is escaped, and line breaks become
 * spaces. The text never starts a line (it follows a label, a `#` or a `|`), so the characters
 * that only matter there (`-`, `+`, digits) are left as typed and numbers read as written.
 */
export function inline(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[\\`*_[\]<>#|~&]/g, (c) => `\\${c}`);
}

function facts(list: RetroFact[]): string {
	return list.map((f) => `- **${f.label}:** ${inline(f.text)}`).join('\n');
}

function section<T>(items: readonly T[], blocks: (item: T) => string[]): string[] {
	return items.length > 0 ? items.flatMap(blocks) : ['None recorded.'];
}

function table(header: readonly string[], rows: string[][]): string {
	const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
	return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function outcomeTable(document: RetroDocument): string {
	return table(
		['Market', ...document.definitions.map((d) => inline(definitionHeading(d)))],
		document.outcomes.map((outcome) => [
			`${outcome.market} (${inline(outcome.name)})`,
			...document.definitions.map((d) => {
				const scored = outcome.definitions.find((o) => o.definition === d.id);
				if (!scored) return '—';
				const text = `${inline(scored.score)} ${scored.verdict}`;
				return scored.own ? `**${text}** (own)` : text;
			})
		])
	);
}

function marketBlocks(outcome: RetroMarketOutcome): string[] {
	return [
		`### ${outcome.market} (${inline(outcome.name)})`,
		...outcome.definitions.flatMap((scored) => [
			`#### ${inline(scored.team)}${scored.own ? ' (own definition)' : ''}: ${inline(scored.score)}, ${scored.verdict}`,
			table(
				['KPI', 'Actual', 'Target', 'Attainment', 'Verdict', 'Weight'],
				scored.kpis.map((kpi) => [
					`${inline(kpi.label)} \`${kpi.metric}\` ${kpi.comparator}`,
					inline(kpi.actual),
					inline(kpi.target),
					inline(kpi.attainment),
					kpi.verdict,
					inline(kpi.weight)
				])
			),
			scored.missing.length > 0
				? `Left out of the score for want of data: ${scored.missing.map((m) => `\`${m}\``).join(', ')}.`
				: ''
		])
	];
}

function timingBlocks({ slipped, cost, buffer }: RetroTiming): string[] {
	const paragraphs = (text: string[]) => text.map(inline);
	return [
		`### ${H.slipped}`,
		...paragraphs(slipped.text),
		slipped.rows.length > 0
			? table(
					H.slipColumns,
					slipped.rows.map((row) => [
						`${row.market} (${inline(row.name)})`,
						inline(row.label),
						inline(row.plannedEnd),
						inline(row.actualEnd),
						inline(row.lateBy),
						...(row.next ? [inline(row.next.label), inline(row.next.text)] : H.noNextPhase)
					])
				)
			: '',
		`### ${H.cost}`,
		...paragraphs(cost.text),
		cost.markets.length > 0
			? table(
					H.costColumns,
					cost.markets.map((m) => [
						`${m.market} (${inline(m.name)})`,
						inline(m.phasesLate),
						inline(m.squeezed),
						inline(m.goLive),
						inline(m.lastPhaseLost)
					])
				)
			: '',
		...paragraphs(cost.metricsText),
		cost.metrics.length > 0
			? table(
					[H.metricColumn, ...cost.columns.map(inline)],
					cost.metrics.map((m) => [`${inline(m.label)} \`${m.metric}\``, ...m.values.map(inline)])
				)
			: '',
		cost.comparisons
			.map((c) => `- **${c.market} (${inline(c.name)}):** ${inline(c.text)}`)
			.join('\n'),
		`### ${H.buffer}`,
		...paragraphs(buffer.text),
		buffer.rows.length > 0
			? table(
					H.bufferColumns,
					buffer.rows.map((row) => [
						inline(row.label),
						inline(row.days),
						inline(row.largestIn),
						inline(row.perMarket)
					])
				)
			: ''
	];
}

function entryBlocks(entry: RetroEntry | RetroDisagreement): string[] {
	return [
		`### ${inline(entry.title)}`,
		facts(entryFacts(entry)),
		'positions' in entry && entry.positions.length > 0
			? [
					'Positions:',
					...entry.positions.map(
						(p) =>
							`- **${inline(p.party)}**${p.person ? ` (${inline(p.person)})` : ''}: ${inline(p.reading)} — ${inline(p.argument)}`
					)
				].join('\n')
			: '',
		entry.body.trim()
	];
}
