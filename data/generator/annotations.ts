import type { Variant } from './content-plan';
import {
	AR_BOOST_PAUSE,
	AR_LEGAL_HOLD,
	BR_BUDGET_SHIFT,
	BR_VIRAL_POST,
	CO_TRACKING_OUTAGE,
	MX_DAILY_CAP,
	MX_OVERSPEND,
	US_PR_MENTION
} from './events';
import type { SampleFindings } from './findings';
import { MARKET_CODES, type MarketCode } from './markets';
import { PLATFORM_PROFILES, type CreatorPlatform } from './platforms';

/** One annotation of the sample: a decision, note, learning or disagreement. */
export interface SampleAnnotation {
	id: string;
	kind: 'decision' | 'disagreement' | 'note' | 'learning';
	title: string;
	/** Markdown. */
	body: string;
	author: string;
	created_at: string;
	scope: {
		markets: MarketCode[];
		metrics: string[];
		platforms?: CreatorPlatform[];
		variants?: Variant[];
	};
	time: { at: string } | { from: string; to: string };
	/** Ids of related annotations. */
	links: string[];
	why?: string;
	alternatives?: string[];
	expected_effect?: { metric: string; direction: 'up' | 'down' };
	positions?: { party: string; person: string; reading: string; argument: string }[];
	resolution?: null;
}

const percent = (value: number, digits = 1) => `${(value * 100).toFixed(digits)}%`;
const times = (value: number) => `${value.toFixed(1)}×`;
const grouped = (value: number) =>
	new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(value);

/**
 * The annotations of the sample, tied to the planted events and quoting the numbers the
 * generated data gives (so that they stay true when the data is drawn again).
 */
export function buildAnnotations(findings: SampleFindings): SampleAnnotation[] {
	const event = (id: string) => {
		const size = findings.events.find((candidate) => candidate.event.id === id);
		if (!size) throw new Error(`no planted event ${id}`);
		return size;
	};
	const split = (scope: string) => {
		const result = findings.splitTest.find((candidate) => candidate.scope === scope);
		if (!result) throw new Error(`no split-test result for ${scope}`);
		return result;
	};
	const kpi = (market: MarketCode, definition: string, metric: string) => {
		const reading = findings.crossRead.find(
			(cell) => cell.market === market && cell.reading.definition === definition
		);
		const found = reading?.reading.kpis.find((candidate) => candidate.metric === metric);
		if (!found || found.actual === null || found.attainment === null) {
			throw new Error(`no ${metric} reading for ${market} under ${definition}`);
		}
		return { actual: found.actual, target: found.target, attainment: found.attainment };
	};
	const press = event('us-pr-mention');
	const viral = event('br-viral-post');
	const overspend = event('mx-overspend');
	const outage = event('co-tracking-outage');
	const pause = event('ar-boost-pause');
	const { brShift, mxCap } = findings.decisions;
	const ar = split('AR');
	const pooled = split('pooled');
	const bWins = MARKET_CODES.filter((market) => split(market).lift > 0);
	const sourcing = (market: MarketCode) =>
		findings.sourcing.find((effect) => effect.market === market)?.lift ?? 0;
	const mxImpressions = kpi('MX', 'us-brand', 'er_impressions');
	const mxReach = kpi('MX', 'latam-partner', 'er_reach');
	const youtubePremium = PLATFORM_PROFILES.youtube.cpm / PLATFORM_PROFILES.tiktok.cpm - 1;

	return [
		{
			id: 'ann-us-press-mention',
			kind: 'note',
			title: 'Press mention lifts US impressions, not engagement',
			body:
				`A trade article named the launch on the morning of the ${US_PR_MENTION.date.slice(8)}th. ` +
				`US impressions reached ${grouped(press.value)}, ${times(press.typicalRatio)} a usual live day. ` +
				'The new viewers scrolled past: engagement per impression fell for the day.\n\n' +
				'- No change to spend or creators.\n- Read the day as reach, not as creative performance.',
			author: 'p-marcus',
			created_at: `${US_PR_MENTION.date}T22:40:00Z`,
			scope: { markets: ['US'], metrics: ['impressions', 'er_impressions'] },
			time: { at: US_PR_MENTION.date },
			links: ['ann-mx-on-target']
		},
		{
			id: 'ann-br-tiktok-shift',
			kind: 'decision',
			title: 'Brazil moves boost budget from YouTube and Instagram to TikTok',
			body:
				`Post \`${findings.viralContentId}\` went viral on TikTok on the ${BR_VIRAL_POST.date.slice(8)}th: ` +
				`Brazil had ${grouped(viral.value)} views that day, ${times(viral.typicalRatio)} a usual live day. ` +
				`From the ${BR_BUDGET_SHIFT.from.slice(8)}th the daily boost budget leans on TikTok ` +
				'(YouTube at 30% and Instagram at 70% of their former share).\n\n' +
				`Measured: TikTok spend per day ${grouped(brShift.before ?? 0)} → ${grouped(brShift.after ?? 0)} USD.`,
			author: 'p-rafael',
			created_at: '2026-11-14T21:15:00Z',
			scope: {
				markets: ['BR'],
				metrics: ['spend', 'views'],
				platforms: ['tiktok', 'instagram', 'youtube']
			},
			time: { from: BR_BUDGET_SHIFT.from, to: '2026-11-22' },
			links: ['ann-sourcing-effect'],
			why: `The feed is carrying the format; a thousand YouTube impressions cost ${percent(youtubePremium, 0)} more than TikTok's.`,
			alternatives: [
				'Boost only the viral post (Spark Ad) and leave the split as it is',
				'Keep the split until the end of the test so that the platforms stay comparable'
			],
			expected_effect: { metric: 'spend', direction: 'up' }
		},
		{
			id: 'ann-mx-daily-cap',
			kind: 'decision',
			title: 'Mexico caps its daily boost after the over-pace day',
			body:
				`A lifetime budget was typed into a daily field: Mexico spent MXN ${grouped(overspend.value)} ` +
				`on the ${MX_OVERSPEND.date.slice(8)}th, ${times(overspend.typicalRatio)} a usual live day, at a worse CPM. ` +
				`From the ${MX_DAILY_CAP.from.slice(8)}th the daily boost is capped at ${percent(MX_DAILY_CAP.budgetFactor, 0)} ` +
				'of the plan to land on budget.\n\n' +
				`Measured: spend per day ${grouped(mxCap.before ?? 0)} → ${grouped(mxCap.after ?? 0)} USD.`,
			author: 'p-lucia',
			created_at: '2026-11-13T23:50:00Z',
			scope: { markets: ['MX'], metrics: ['spend', 'cpm'] },
			time: { from: MX_DAILY_CAP.from, to: '2026-11-22' },
			links: [],
			why: `One day spent ${times(overspend.typicalRatio)} a usual day; the rest of the flight must absorb it.`,
			alternatives: ['Pause Mexico for two days', 'Accept the overspend and ask for more budget'],
			expected_effect: { metric: 'spend', direction: 'down' }
		},
		{
			id: 'ann-co-tracking-outage',
			kind: 'note',
			title: 'Colombian landing link broken for a day: no clicks tracked',
			body:
				`The redirect behind the Colombian link in bio failed on the ${CO_TRACKING_OUTAGE.date.slice(8)}th. ` +
				`Clicks, conversions and revenue read ${grouped(outage.value)} for the day ` +
				`(a usual live day has about ${grouped(outage.typical)} clicks).\n\n` +
				'Leave the day out when reading CTR, CVR and CPA for Colombia.',
			author: 'p-valentina',
			created_at: '2026-11-18T14:05:00Z',
			scope: { markets: ['CO'], metrics: ['clicks', 'conversions', 'ctr', 'cpa'] },
			time: { at: CO_TRACKING_OUTAGE.date },
			links: []
		},
		{
			id: 'ann-ar-boost-pause',
			kind: 'note',
			title: 'Argentine boosts paused: card declined',
			body:
				`The ad account's card was declined on the ${AR_BOOST_PAUSE.date.slice(8)}th and every boost paused. ` +
				`Impressions fell to ${grouped(pause.value)} (${percent(pause.typicalRatio, 0)} of a usual live day); ` +
				'organic delivery only. Boosts resumed the next morning with a new card.',
			author: 'p-valentina',
			created_at: `${AR_BOOST_PAUSE.date}T23:20:00Z`,
			scope: { markets: ['AR'], metrics: ['impressions', 'spend'] },
			time: { at: AR_BOOST_PAUSE.date },
			links: []
		},
		{
			id: 'ann-creative-test-reading',
			kind: 'learning',
			title: 'Read the creative test per market: the pooled number points the wrong way',
			body:
				`Creative B has the higher CTR in ${bWins.join(', ')}; pooled over all markets it shows ` +
				`${percent(pooled.lift)} against A. The pool mixes markets unevenly: in the US the brand put B ` +
				'on its biggest accounts (low US CTR, many impressions), and in Argentina B waited for legal ' +
				`review until the ${AR_LEGAL_HOLD.approvedOn.slice(8)}th, so most posts went out with A ` +
				`(${ar.arms.A.rows} post-days on A against ${ar.arms.B.rows} on B, a sample-ratio mismatch).\n\n` +
				'- Compare A and B within each market.\n- Keep Argentina out of the pooled read.',
			author: 'p-olivia',
			created_at: '2026-11-20T18:30:00Z',
			scope: { markets: [...MARKET_CODES], metrics: ['ctr'], variants: ['A', 'B'] },
			time: { from: '2026-11-02', to: '2026-11-22' },
			links: []
		},
		{
			id: 'ann-sourcing-effect',
			kind: 'learning',
			title: 'Existing-network creators engage more in Mexico and Brazil only',
			body:
				'Engagement per impression, existing network against cold outreach (matched pairs of creators): ' +
				MARKET_CODES.map(
					(market) => `${market} ${sourcing(market) >= 0 ? '+' : ''}${percent(sourcing(market), 0)}`
				).join(', ') +
				'.\n\nIn Mexico and Brazil the relationship shows; elsewhere the difference is noise. ' +
				`Part of Brazil's gap is the viral post of an existing-network creator (\`${findings.viralContentId}\`).`,
			author: 'p-olivia',
			created_at: '2026-11-21T16:00:00Z',
			scope: { markets: [...MARKET_CODES], metrics: ['er_impressions'] },
			time: { from: '2026-11-09', to: '2026-11-22' },
			links: ['ann-br-tiktok-shift']
		},
		{
			id: 'ann-mx-on-target',
			kind: 'disagreement',
			title: 'Is Mexico on target on engagement?',
			body:
				'The same Mexican numbers pass one definition and fail the other. ' +
				`Engagement per impression is ${percent(mxImpressions.actual)} (US bar ${percent(mxImpressions.target)}); ` +
				`engagement per person reached is ${percent(mxReach.actual)} (LATAM bar ${percent(mxReach.target)}).`,
			author: 'p-marcus',
			created_at: '2026-11-18T17:10:00Z',
			scope: { markets: ['MX'], metrics: ['er_impressions', 'er_reach'] },
			time: { from: '2026-11-09', to: '2026-11-22' },
			links: ['ann-us-press-mention'],
			positions: [
				{
					party: 'US brand team',
					person: 'p-marcus',
					reading: `Off target: ${percent(mxImpressions.actual)} per impression is ${percent(mxImpressions.attainment, 0)} of the bar.`,
					argument: 'We pay per impression; engagement per impression is what the money buys.'
				},
				{
					party: 'LATAM partner team',
					person: 'p-lucia',
					reading: `On target: ${percent(mxReach.actual)} per person reached is ${percent(mxReach.attainment, 0)} of the bar.`,
					argument:
						'Boosted posts show several times to the same people; counting each person once is the fair read.'
				}
			],
			resolution: null
		}
	];
}
