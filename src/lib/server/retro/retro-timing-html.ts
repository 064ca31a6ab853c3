import type { RetroSlip, RetroTiming } from '$lib/domain/retro/retro-document';
import { TIMING_HEADINGS as H } from '$lib/domain/retro/retro-timing-headings';
import { escapeHtml as text } from '../escape-html';

/**
 * The retrospective's timing section as HTML blocks (its three parts, each with its sentences
 * and its table when it has rows): the same words as the Markdown, every text escaped.
 */
export function timingHtml({ slipped, cost, buffer }: RetroTiming): string[] {
	const paragraphs = (list: string[]) => list.map((p) => `<p>${text(p)}</p>`);
	const slipRows = slipped.rows.map(
		(row) =>
			`<tr data-market="${text(row.market)}" data-phase="${text(row.phase)}"${row.next ? ` data-effect="${row.next.effect}"` : ''}><th scope="row">${text(row.market)} (${text(row.name)})</th><td>${text(row.label)}</td><td>${text(row.plannedEnd)}</td><td>${text(row.actualEnd)}</td><td>${text(row.lateBy)}</td>${next(row.next)}</tr>`
	);
	const costRows = cost.markets.map(
		(m) =>
			`<tr data-market="${text(m.market)}"><th scope="row">${text(m.market)} (${text(m.name)})</th><td>${text(m.phasesLate)}</td><td>${text(m.squeezed)}</td><td>${text(m.goLive)}</td><td>${text(m.lastPhaseLost)}</td></tr>`
	);
	const metricRows = cost.metrics.map(
		(m) =>
			`<tr data-metric="${text(m.metric)}"><th scope="row">${text(m.label)} <code>${text(m.metric)}</code></th>${m.values.map((v) => `<td>${text(v)}</td>`).join('')}</tr>`
	);
	const bufferRows = buffer.rows.map(
		(row) =>
			`<tr data-phase="${text(row.phase)}"><th scope="row">${text(row.label)}</th><td>${text(row.days)}</td><td>${text(row.largestIn)}</td><td>${text(row.perMarket)}</td></tr>`
	);
	return [
		`<h3>${H.slipped}</h3>`,
		...paragraphs(slipped.text),
		timingTable('retro-slips', H.slipColumns, slipRows),
		`<h3>${H.cost}</h3>`,
		...paragraphs(cost.text),
		timingTable('retro-timing-cost', H.costColumns, costRows),
		...paragraphs(cost.metricsText),
		timingTable('retro-timing-metrics', [H.metricColumn, ...cost.columns], metricRows),
		cost.comparisons.length > 0
			? `<ul class="retro-comparisons">${cost.comparisons
					.map(
						(c) =>
							`<li data-market="${text(c.market)}"><strong>${text(c.market)} (${text(c.name)}):</strong> ${text(c.text)}</li>`
					)
					.join('')}</ul>`
			: '',
		`<h3>${H.buffer}</h3>`,
		...paragraphs(buffer.text),
		timingTable('retro-buffers', H.bufferColumns, bufferRows)
	].filter((block) => block !== '');
}

/** The two cells on the phase after a late one. */
function next(phase: RetroSlip['next']): string {
	const [label, effect] = phase ? [phase.label, phase.text] : H.noNextPhase;
	return `<td>${text(label)}</td><td>${text(effect)}</td>`;
}

/** A table of the timing section, or nothing when it has no rows. */
function timingTable(className: string, header: readonly string[], rows: string[]): string {
	if (rows.length === 0) return '';
	const head = header.map((h) => `<th scope="col">${text(h)}</th>`).join('');
	return `<table class="${className}"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
