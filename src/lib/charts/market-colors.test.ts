import { describe, expect, it } from 'vitest';
import { FALLBACK_COLORS, MARKET_COLORS, colorForMarket } from './market-colors';

function contrastOnWhite(hex: string): number {
	const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
	const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
	const luminance = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
	return 1.05 / (luminance + 0.05);
}

describe('colorForMarket', () => {
	it('gives the five campaign markets five different fixed colours', () => {
		const colors = ['US', 'MX', 'BR', 'CO', 'AR'].map(colorForMarket);
		expect(new Set(colors).size).toBe(5);
		expect(colorForMarket('US')).toBe('#0072B2');
		expect(colorForMarket('BR')).toBe('#D55E00');
	});

	it('ignores case and surrounding space', () => {
		expect(colorForMarket(' br ')).toBe(colorForMarket('BR'));
	});

	it('gives other codes a stable fallback colour not used by a fixed market', () => {
		const fixed = new Set(Object.values(MARKET_COLORS));
		for (const code of ['CL', 'PE', 'ES', 'DE', 'XX']) {
			const color = colorForMarket(code);
			expect(FALLBACK_COLORS).toContain(color);
			expect(fixed.has(color)).toBe(false);
			expect(colorForMarket(code)).toBe(color);
		}
	});

	it('spreads fallback codes over more than one colour', () => {
		const colors = new Set(['CL', 'PE', 'ES', 'DE', 'FR', 'IT', 'JP', 'KR'].map(colorForMarket));
		expect(colors.size).toBeGreaterThan(3);
	});

	it('keeps every colour at 3:1 contrast or more on white', () => {
		for (const color of [...Object.values(MARKET_COLORS), ...FALLBACK_COLORS]) {
			expect(contrastOnWhite(color), color).toBeGreaterThanOrEqual(3);
		}
	});
});
