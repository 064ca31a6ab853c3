/**
 * Placement of legend entries inside an SVG, for exported images (on screen the legend is
 * HTML and wraps by itself). Entries flow left to right and wrap to a new row when the next
 * one would pass the right edge.
 */

/** A legend entry: a colour swatch and its label. */
export interface LegendItem {
	key: string;
	label: string;
	color: string;
}

/** A legend entry with the top-left corner of its swatch, in SVG pixels. */
export interface PlacedLegendItem extends LegendItem {
	x: number;
	y: number;
}

/** Row height, swatch width and gaps of the SVG legend, for a 12 px font. */
export const LEGEND_ROW_PX = 18;
const SWATCH_PX = 16;
const GAP_PX = 6;
const ITEM_GAP_PX = 16;
const CHAR_WIDTH_PX = 7;

/** Places legend entries in rows from (left, top) within `width`; returns them and the total height. */
export function layoutLegend(
	items: readonly LegendItem[],
	{ left, top, width }: { left: number; top: number; width: number }
): { items: PlacedLegendItem[]; height: number } {
	const placed: PlacedLegendItem[] = [];
	let x = left;
	let row = 0;
	for (const item of items) {
		const itemWidth = SWATCH_PX + GAP_PX + item.label.length * CHAR_WIDTH_PX;
		if (x > left && x + itemWidth > left + width) {
			row += 1;
			x = left;
		}
		placed.push({ ...item, x, y: top + row * LEGEND_ROW_PX });
		x += itemWidth + ITEM_GAP_PX;
	}
	return { items: placed, height: items.length === 0 ? 0 : (row + 1) * LEGEND_ROW_PX };
}
