import type {
	RetroDecision,
	RetroDefinitionHeading,
	RetroDisagreement,
	RetroDocument,
	RetroEntry,
	RetroObservedEffect
} from './retro-document';

/** One labelled line of an entry, such as "Why" and its text. */
export interface RetroFact {
	label: string;
	text: string;
}

/**
 * The labelled lines each entry shows, in order. The Markdown and the HTML both list exactly
 * these, so the two formats carry the same words.
 */
export function entryFacts(entry: RetroEntry | RetroDecision | RetroDisagreement): RetroFact[] {
	const facts: RetroFact[] = [
		{ label: 'When', text: entry.when },
		{ label: 'Markets', text: entry.markets.length > 0 ? entry.markets.join(', ') : 'all' }
	];
	if (entry.metrics.length > 0) facts.push({ label: 'Metrics', text: entry.metrics.join(', ') });
	if (entry.platforms.length > 0) {
		facts.push({ label: 'Platforms', text: entry.platforms.join(', ') });
	}
	const disagreement = 'positions' in entry;
	facts.push({ label: disagreement ? 'Raised by' : 'Author', text: entry.author ?? 'unknown' });
	if ('observed' in entry) facts.push(...decisionFacts(entry));
	if (disagreement) facts.push({ label: 'Status', text: statusOf(entry) });
	if (entry.related.length > 0) {
		facts.push({ label: 'Related', text: entry.related.map((r) => r.title).join('; ') });
	}
	return facts;
}

function decisionFacts(decision: RetroDecision): RetroFact[] {
	const facts: RetroFact[] = [];
	if (decision.why) facts.push({ label: 'Why', text: decision.why });
	if (decision.alternatives.length > 0) {
		facts.push({ label: 'Alternatives considered', text: decision.alternatives.join('; ') });
	}
	facts.push({ label: 'Expected effect', text: decision.expected ?? 'none named' });
	facts.push({
		label: 'Observed effect',
		text: observedText(decision.observed, decision.expected)
	});
	return facts;
}

/** A disagreement's state: open, or how, by whom and when it was settled. */
export function statusOf(disagreement: RetroDisagreement): string {
	const resolution = disagreement.resolution;
	if (!resolution) return 'open';
	return `resolved ${resolution.at} by ${resolution.by ?? 'unknown'}: ${resolution.outcome}`;
}

/** An observed effect as one sentence. */
export function observedText(observed: RetroObservedEffect, expected: string | null): string {
	switch (observed.status) {
		case 'measured':
			return `${observed.estimate} (95% interval ${observed.interval}): ${observed.verdictText}. Compared ${observed.comparison}.`;
		case 'not_measurable':
			return `not measurable: ${observed.reason}`;
		case 'no_expectation':
			return expected
				? 'not measured: the expected effect names no metric of this campaign.'
				: 'not measured: no expected effect was named.';
	}
}

/** The header lines of the retrospective: what was scored, as of when, in which money. */
export function summaryFacts(document: RetroDocument): RetroFact[] {
	const { campaign } = document;
	const facts: RetroFact[] = [];
	if (campaign.start && campaign.end) {
		facts.push({ label: 'Campaign', text: `${campaign.start} to ${campaign.end}` });
	}
	facts.push(
		{
			label: 'Scored',
			text: `${document.range.from} to ${document.range.to}, as of ${document.asOf}`
		},
		{ label: 'Money', text: `in ${campaign.reportingCurrency}` },
		{
			label: 'Observed effects',
			text: `${document.effectDays} days before each decision against ${document.effectDays} days from it on, its markets against the others (difference in differences, 95% Welch interval)`
		},
		{
			label: 'Markets',
			text: campaign.markets.map((m) => `${m.code} (${m.name})`).join(', ')
		}
	);
	return facts;
}

/** A definition as a column heading: team, version, and whether it is only a draft. */
export function definitionHeading(definition: RetroDefinitionHeading): string {
	return `${definition.team} v${definition.version}${definition.signedOff ? '' : ' (draft)'}`;
}
