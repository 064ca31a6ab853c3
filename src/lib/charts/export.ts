import { toCsvRow, type CsvValue } from '$lib/domain/csv-cell';
import type { ChartUnit } from './format';
import type { Series } from './time-series';

/**
 * Exports of a chart: its plotted data as CSV, its drawing as SVG or PNG, and the download
 * of either. `seriesToCsv` and `toFileName` are pure; the others need a browser.
 */

/** What the plotted numbers are, for the CSV's column names. */
export interface CsvMeta {
	metric: string;
	unit: ChartUnit;
	currency?: string;
}

/**
 * Writes the plotted data as RFC 4180 CSV (CRLF line ends): a `date` column, then one
 * column per series named after its label, the metric and, where it helps, the unit
 * ("BR: spend (BRL)", "US: er_views (fraction)"). Values are plain numbers, dot decimal,
 * percent as fractions; a missing value is an empty cell.
 */
export function seriesToCsv(series: readonly Series[], meta: CsvMeta): string {
	const dates = new Set<string>();
	const byKey = series.map((s) => {
		const values = new Map<string, number | null>();
		for (const p of s.points) {
			dates.add(p.date);
			values.set(p.date, p.value);
		}
		return values;
	});
	const header: CsvValue[] = ['date', ...series.map((s) => columnName(s.label, meta))];
	const rows = [...dates].sort().map((date) => [date, ...byKey.map((v) => v.get(date) ?? null)]);
	return [header, ...rows].map(toCsvRow).join('\r\n') + '\r\n';
}

function columnName(label: string, { metric, unit, currency }: CsvMeta): string {
	const note = unit === 'currency' && currency ? currency : unit === 'percent' ? 'fraction' : '';
	return note ? `${label}: ${metric} (${note})` : `${label}: ${metric}`;
}

/**
 * A file name from a chart title: lower case ASCII words joined by dashes, then the
 * extension ("Engagement rate — São Paulo" → "engagement-rate-sao-paulo.png").
 */
export function toFileName(title: string, extension: string): string {
	const stem = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 80);
	return `${stem || 'chart'}.${extension}`;
}

/** A CSV download; the byte-order mark makes Excel read the file as UTF-8. */
export function toCsvBlob(csv: string): Blob {
	return new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' });
}

// Presentation properties that CSS classes set on chart elements; a standalone file has no
// stylesheet, so their computed values are written onto each element. Inherited ones are
// written only where they differ from the parent, the others only where they differ from
// their initial value, which keeps the file small.
const INHERITED_PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'visibility',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'text-anchor',
	'dominant-baseline',
	'shape-rendering'
];
const OWN_PROPERTIES: Record<string, string> = { opacity: '1', display: 'inline' };

function inlineStyle(computed: CSSStyleDeclaration, parent: CSSStyleDeclaration | null): string {
	const declarations: string[] = [];
	for (const property of INHERITED_PROPERTIES) {
		const value = computed.getPropertyValue(property);
		if (value !== '' && value !== parent?.getPropertyValue(property)) {
			declarations.push(`${property}:${value}`);
		}
	}
	for (const [property, initial] of Object.entries(OWN_PROPERTIES)) {
		const value = computed.getPropertyValue(property);
		if (value !== '' && value !== initial) declarations.push(`${property}:${value}`);
	}
	return declarations.join(';');
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Serialises a rendered SVG into a standalone document: computed styles inlined, xmlns and
 * size set. Elements marked `data-export="skip"` (hover and brush layers) are left out;
 * elements marked `data-export="only"` (a legend drawn for the file) are shown although hidden
 * on screen; `data-export-height` on the root, when set, is the document's height.
 */
export function svgToString(svg: SVGSVGElement): string {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const sources = [svg, ...svg.querySelectorAll('*')];
	const targets = [clone, ...clone.querySelectorAll('*')];
	const styles = new Map<Element, CSSStyleDeclaration>();
	sources.forEach((source, i) => {
		const target = targets[i];
		if (!target) return;
		const computed = getComputedStyle(source);
		styles.set(source, computed);
		// The root is compared with nothing, so that the file carries every inherited value.
		const parent =
			source === svg || !source.parentElement ? null : styles.get(source.parentElement);
		const style = inlineStyle(computed, parent ?? null);
		if (style) target.setAttribute('style', style);
		else target.removeAttribute('style');
		target.removeAttribute('class');
	});
	for (const skipped of clone.querySelectorAll('[data-export="skip"]')) skipped.remove();
	for (const shown of clone.querySelectorAll<SVGElement>('[data-export="only"]')) {
		shown.style.removeProperty('display');
	}

	const box = svg.getBoundingClientRect();
	const width = box.width;
	const height = Number(svg.dataset.exportHeight) || box.height;
	clone.removeAttribute('data-export-height');
	clone.setAttribute('xmlns', SVG_NS);
	clone.setAttribute('width', String(Math.round(width)));
	clone.setAttribute('height', String(Math.round(height)));
	if (!clone.hasAttribute('viewBox')) {
		clone.setAttribute('viewBox', `0 0 ${Math.round(width)} ${Math.round(height)}`);
	}
	const xml = new XMLSerializer().serializeToString(clone);
	return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
}

/** Draws a rendered SVG onto a white canvas at `scale` × its size and encodes it as PNG. */
export async function svgToPngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
	const width = svg.getBoundingClientRect().width;
	const height = Number(svg.dataset.exportHeight) || svg.getBoundingClientRect().height;
	const url = URL.createObjectURL(
		new Blob([svgToString(svg)], { type: 'image/svg+xml;charset=utf-8' })
	);
	try {
		const image = new Image();
		image.decoding = 'async';
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.max(1, Math.round(width * scale));
		canvas.height = Math.max(1, Math.round(height * scale));
		const context = canvas.getContext('2d');
		if (!context) throw new Error('this browser cannot draw on a canvas');
		context.fillStyle = '#ffffff';
		context.fillRect(0, 0, canvas.width, canvas.height);
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob(
				(blob) =>
					blob ? resolve(blob) : reject(new Error('the chart could not be encoded as PNG')),
				'image/png'
			)
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** Saves a blob through the browser's download. */
export function downloadBlob(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.style.display = 'none';
	document.body.append(link);
	link.click();
	link.remove();
	// Revoking at once can cancel the download in some browsers; the next task is late enough.
	setTimeout(() => URL.revokeObjectURL(url), 0);
}
