/** One market's effect and the traffic behind it (units, or the summed denominator of a ratio). */
export interface MarketReading {
	estimate: number;
	traffic: number;
}

/** What the pooled effect is checked against. */
export interface SimpsonInput {
	/** The effect computed over the counts of all markets summed. */
	pooled: number;
	/** The inverse-variance combined effect of the markets; null when none could be weighted. */
	combined: number | null;
	markets: readonly MarketReading[];
}

/** Why the pooled effect cannot be read at face value. */
export type SimpsonReason = 'combined' | 'traffic';

/** Whether the summed-counts effect points the other way from the markets. */
export interface SimpsonCheck {
	warning: boolean;
	/**
	 * 'combined': its sign is opposite to the combined estimate's; 'traffic': markets whose
	 * effect has the opposite sign carry more than half of all traffic.
	 */
	reasons: SimpsonReason[];
}

/**
 * Simpson's paradox check across markets: summing counts mixes markets of different rates in
 * different proportions per variant, which can reverse the sign of an effect every market
 * agrees on. A zero effect has no sign and reverses nothing. Needs two markets.
 */
export function checkSimpsonParadox({ pooled, combined, markets }: SimpsonInput): SimpsonCheck {
	const reasons: SimpsonReason[] = [];
	if (markets.length >= 2) {
		if (combined !== null && opposite(pooled, combined)) reasons.push('combined');
		const total = markets.reduce((sum, market) => sum + market.traffic, 0);
		const against = markets
			.filter((market) => opposite(pooled, market.estimate))
			.reduce((sum, market) => sum + market.traffic, 0);
		if (total > 0 && against > total / 2) reasons.push('traffic');
	}
	return { warning: reasons.length > 0, reasons };
}

function opposite(a: number, b: number): boolean {
	return Math.sign(a) * Math.sign(b) < 0;
}
