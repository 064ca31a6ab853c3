import { describe, expect, it } from 'vitest';
import {
	annotationContentSchema,
	type Annotation,
	type AnnotationContentInput
} from '$lib/domain/annotations';
import { parseFilters } from '$lib/state/filters';
import {
	DECISION_CSV_COLUMNS,
	NO_FILTERS,
	decisionChoices,
	decisionStatus,
	filterDecisions,
	liveChartLink,
	parseDecisionFilters,
	personName,
	toDecisionCsv,
	toDecisionSearchParams,
	type DecisionFilters
} from './decision-log';

/** A stored annotation as the store gives it, from content and record fields. */
function annotation(
	id: string,
	content: AnnotationContentInput,
	record: Partial<Pick<Annotation, 'authorId' | 'createdAt' | 'hidden' | 'revision'>> = {}
): Annotation {
	const createdAt = record.createdAt ?? '2026-11-20T10:00:00.000Z';
	return {
		...annotationContentSchema.parse(content),
		id,
		authorId: record.authorId === undefined ? 'acc-lucia' : record.authorId,
		createdAt,
		updatedAt: createdAt,
		updatedBy: null,
		revision: record.revision ?? 1,
		hidden: record.hidden ?? false
	};
}

const mxCap = annotation(
	'ann-mx-cap',
	{
		kind: 'decision',
		title: 'Mexico caps its daily boost',
		scope: { markets: ['MX'], metrics: ['cpm'] },
		time: { from: '2026-11-14', to: '2026-11-22' },
		why: 'One day spent 3.7× a usual day.',
		alternatives: ['Pause Mexico for two days', 'Ask for more budget'],
		expectedEffect: { metric: 'spend', direction: 'down' }
	},
	{ createdAt: '2026-11-13T23:50:00.000Z' }
);
const brShift = annotation(
	'ann-br-shift',
	{
		kind: 'decision',
		title: 'Brazil moves boost budget to TikTok',
		scope: { markets: ['BR'], metrics: ['spend', 'views'], platforms: ['tiktok', 'youtube'] },
		time: { from: '2026-11-15', to: '2026-11-22' },
		why: 'The feed is carrying the format.',
		expectedEffect: { metric: 'spend', direction: 'up' }
	},
	{ authorId: 'acc-rafael', createdAt: '2026-11-14T21:15:00.000Z' }
);
const usPress = annotation(
	'ann-us-press',
	{
		kind: 'note',
		title: 'Press mention lifts US impressions',
		scope: { markets: ['US'], metrics: ['impressions'] },
		time: { at: '2026-11-16' }
	},
	{ authorId: 'acc-marcus', createdAt: '2026-11-16T22:40:00.000Z' }
);
const mxOpen = annotation(
	'ann-mx-open',
	{
		kind: 'disagreement',
		title: 'Is Mexico on target on engagement?',
		scope: { markets: ['MX'], metrics: ['er_reach', 'er_impressions'] },
		time: { from: '2026-11-09', to: '2026-11-22' }
	},
	{ authorId: 'acc-marcus', createdAt: '2026-11-18T17:10:00.000Z' }
);
const coSettled = annotation(
	'ann-co-settled',
	{
		kind: 'disagreement',
		title: 'Colombian clicks on the 17th',
		scope: { markets: ['CO'], metrics: ['clicks'] },
		time: { at: '2026-11-17' },
		resolution: { outcome: 'Leave the day out.', by: 'acc-olivia', at: '2026-11-19T09:00:00Z' }
	},
	{ createdAt: '2026-11-18T14:05:00.000Z' }
);
const everywhere = annotation(
	'ann-everywhere',
	{
		kind: 'learning',
		title: 'Read the creative test per market',
		scope: { markets: [], metrics: [] },
		time: { from: '2026-11-02', to: '2026-11-22' }
	},
	{ authorId: 'acc-olivia', createdAt: '2026-11-20T18:30:00.000Z' }
);
const hiddenNote = annotation(
	'ann-hidden',
	{
		kind: 'note',
		title: 'Wrong day, hidden',
		scope: { markets: ['MX'], metrics: ['spend'] },
		time: { at: '2026-11-10' }
	},
	{ hidden: true, revision: 2 }
);
const all = [usPress, coSettled, mxOpen, hiddenNote, everywhere, brShift, mxCap];
const choices = decisionChoices(all, ['US', 'MX', 'BR', 'CO', 'AR']);
const ids = (list: Annotation[]) => list.map((a) => a.id);
const only = (filters: Partial<DecisionFilters>) =>
	ids(filterDecisions(all, { ...NO_FILTERS, ...filters }));

describe('the filters in the URL', () => {
	const parse = (query: string) => parseDecisionFilters(new URLSearchParams(query), choices);

	it('set no filter when absent or empty, as a GET form sends an "All" choice', () => {
		expect(parse('')).toEqual({ filters: NO_FILTERS, ignored: [] });
		expect(parse('kind=&market=&metric=&author=&status=all')).toEqual({
			filters: NO_FILTERS,
			ignored: []
		});
	});

	it('read every filter the campaign has a choice for', () => {
		expect(
			parse('kind=decision&market=mx&metric=spend&author=acc-rafael&status=recorded&hidden=1')
		).toEqual({
			filters: {
				kind: 'decision',
				market: 'MX',
				metric: 'spend',
				author: 'acc-rafael',
				status: 'recorded',
				hidden: true
			},
			ignored: []
		});
	});

	it('ignore unknown values, keep the good ones, and say which were ignored and why', () => {
		const { filters, ignored } = parse(
			'kind=decree&market=ZZ&metric=er_views&author=acc-nobody&status=closed&hidden=yes&market=MX'
		);
		expect(filters).toEqual(NO_FILTERS);
		expect(ignored).toEqual([
			{ param: 'kind', value: 'decree', message: expect.stringContaining('not a kind') },
			{ param: 'market', value: 'ZZ', message: 'no market of this campaign' },
			{ param: 'metric', value: 'er_views', message: 'no metric annotated of this campaign' },
			{ param: 'author', value: 'acc-nobody', message: 'no author of this campaign' },
			{ param: 'status', value: 'closed', message: expect.stringContaining('open, settled') },
			{ param: 'hidden', value: 'yes', message: expect.stringContaining('hidden=1') }
		]);
		expect(parse('kind=note&status=wrong').filters).toEqual({ ...NO_FILTERS, kind: 'note' });
	});

	it('are written back as the same search parameters, leaving out the ones not set', () => {
		const filters: DecisionFilters = {
			...NO_FILTERS,
			kind: 'disagreement',
			market: 'MX',
			status: 'open',
			hidden: true
		};
		const params = toDecisionSearchParams(filters);
		expect(params.toString()).toBe('kind=disagreement&market=MX&status=open&hidden=1');
		expect(parseDecisionFilters(params, choices).filters).toEqual(filters);
		expect(toDecisionSearchParams(NO_FILTERS).toString()).toBe('');
	});
});

describe('the choices the filters offer', () => {
	it('list the campaign’s markets, every annotated or expected metric, and every author', () => {
		const extra = annotation('ann-pe', {
			kind: 'note',
			title: 'Peru',
			scope: { markets: ['PE'], metrics: [] },
			time: { at: '2026-11-12' }
		});
		const withPeru = decisionChoices([...all, extra], ['US', 'MX', 'BR', 'CO', 'AR']);
		expect(withPeru.markets).toEqual(['US', 'MX', 'BR', 'CO', 'AR', 'PE']);
		expect(withPeru.metrics).toEqual([
			'clicks',
			'cpm',
			'er_impressions',
			'er_reach',
			'impressions',
			'spend',
			'views'
		]);
		expect([...withPeru.authors].sort()).toEqual([
			'acc-lucia',
			'acc-marcus',
			'acc-olivia',
			'acc-rafael'
		]);
	});
});

describe('an annotation’s status', () => {
	it.each([
		['a disagreement without a resolution', mxOpen, 'open'],
		['a disagreement with a resolution', coSettled, 'settled'],
		['a decision', mxCap, 'recorded'],
		['a note', usPress, 'recorded'],
		['a learning', everywhere, 'recorded']
	] as const)('of %s is %s', (_, item, status) => {
		expect(decisionStatus(item)).toBe(status);
	});
});

describe('filtering the log', () => {
	it('lists visible annotations by first day, then by creation, hidden ones only on request', () => {
		expect(only({})).toEqual([
			'ann-everywhere',
			'ann-mx-open',
			'ann-mx-cap',
			'ann-br-shift',
			'ann-us-press',
			'ann-co-settled'
		]);
		expect(only({ hidden: true })).toEqual([
			'ann-everywhere',
			'ann-mx-open',
			'ann-hidden',
			'ann-mx-cap',
			'ann-br-shift',
			'ann-us-press',
			'ann-co-settled'
		]);
	});

	it('orders annotations starting the same day by when they were written', () => {
		const early = annotation(
			'ann-z-early',
			{ kind: 'note', title: 'a', scope: { markets: [], metrics: [] }, time: { at: '2026-11-20' } },
			{ createdAt: '2026-11-20T08:00:00.000Z' }
		);
		const late = annotation(
			'ann-a-late',
			{ kind: 'note', title: 'b', scope: { markets: [], metrics: [] }, time: { at: '2026-11-20' } },
			{ createdAt: '2026-11-20T09:00:00.000Z' }
		);
		expect(ids(filterDecisions([late, early], NO_FILTERS))).toEqual(['ann-z-early', 'ann-a-late']);
	});

	it('keeps one kind', () => {
		expect(only({ kind: 'decision' })).toEqual(['ann-mx-cap', 'ann-br-shift']);
	});

	it('keeps a market’s annotations and the ones about every market', () => {
		expect(only({ market: 'MX' })).toEqual(['ann-everywhere', 'ann-mx-open', 'ann-mx-cap']);
		expect(only({ market: 'AR' })).toEqual(['ann-everywhere']);
	});

	it('keeps a metric’s annotations, counting the metric a decision expects to move', () => {
		expect(only({ metric: 'spend' })).toEqual(['ann-everywhere', 'ann-mx-cap', 'ann-br-shift']);
		expect(only({ metric: 'er_reach' })).toEqual(['ann-everywhere', 'ann-mx-open']);
	});

	it('keeps one author’s annotations', () => {
		expect(only({ author: 'acc-marcus' })).toEqual(['ann-mx-open', 'ann-us-press']);
	});

	it('keeps open or settled disagreements, or the recorded rest', () => {
		expect(only({ status: 'open' })).toEqual(['ann-mx-open']);
		expect(only({ status: 'settled' })).toEqual(['ann-co-settled']);
		expect(only({ status: 'recorded' })).toEqual([
			'ann-everywhere',
			'ann-mx-cap',
			'ann-br-shift',
			'ann-us-press'
		]);
	});

	it('combines filters, and can match nothing', () => {
		expect(only({ kind: 'decision', market: 'BR' })).toEqual(['ann-br-shift']);
		expect(only({ kind: 'disagreement', market: 'BR' })).toEqual([]);
	});
});

describe('the link to the live chart', () => {
	const live = '/campaigns/sample/live';
	const query = (href: string) => new URL(href, 'http://x').searchParams;

	it('shows a range with its markets and its first metric the chart can plot', () => {
		expect(liveChartLink(live, brShift)).toBe(
			'/campaigns/sample/live?from=2026-11-15&to=2026-11-22&markets=BR&metric=spend&annotation=ann-br-shift'
		);
	});

	it('shows a day with three days on each side, across a month’s end', () => {
		const params = query(
			liveChartLink(live, { ...usPress, time: { at: '2026-12-01' }, id: 'ann-x' })
		);
		expect([params.get('from'), params.get('to')]).toEqual(['2026-11-28', '2026-12-04']);
		expect(params.get('annotation')).toBe('ann-x');
	});

	it('skips metrics the chart cannot plot, and names none when it can plot none', () => {
		expect(query(liveChartLink(live, mxOpen)).get('metric')).toBe('er_impressions');
		const reachOnly = { ...mxOpen, scope: { ...mxOpen.scope, metrics: ['er_reach'] } };
		expect(query(liveChartLink(live, reachOnly)).has('metric')).toBe(false);
		// A decision scoped to an unplottable metric still charts the metric it expects to move.
		const capCpmLess = { ...mxCap, scope: { ...mxCap.scope, metrics: ['er_reach'] } };
		expect(query(liveChartLink(live, capCpmLess)).get('metric')).toBe('spend');
	});

	it('names no market for an annotation about every market', () => {
		expect(query(liveChartLink(live, everywhere)).has('markets')).toBe(false);
	});

	it('is read by the live view as the annotation’s markets, metric and days', () => {
		const several = { ...mxOpen, scope: { ...mxOpen.scope, markets: ['US', 'BR'] } };
		const defaults = { from: null, to: null, markets: [], platforms: [], metric: 'impressions' };
		const { filters, problems } = parseFilters(query(liveChartLink(live, several)), defaults, {
			markets: ['US', 'MX', 'BR', 'CO', 'AR']
		});
		expect(problems).toEqual([]);
		expect(filters).toEqual({
			from: '2026-11-09',
			to: '2026-11-22',
			markets: ['BR', 'US'],
			platforms: [],
			metric: 'er_impressions'
		});
	});
});

describe('the CSV export', () => {
	const names: Record<string, string> = { 'acc-lucia': 'Lucía Hernández' };
	const lines = (csv: string) => csv.split('\r\n');

	it('starts with the header and writes a decision’s reasons, lists and record fields', () => {
		const csv = toDecisionCsv([mxCap], (id) => personName(names, id));
		expect(lines(csv)[0]).toBe(DECISION_CSV_COLUMNS.join(','));
		expect(lines(csv)[0]).toBe(
			'id,kind,status,first_day,last_day,markets,metrics,platforms,title,body,why,alternatives,' +
				'expected_metric,expected_direction,outcome,settled_by,settled_at,author,created_at,updated_at,revision'
		);
		expect(csv).toBe(
			[
				DECISION_CSV_COLUMNS.join(','),
				'ann-mx-cap,decision,recorded,2026-11-14,2026-11-22,MX,cpm,,Mexico caps its daily boost,,' +
					'One day spent 3.7× a usual day.,"Pause Mexico for two days\nAsk for more budget",' +
					'spend,down,,,,Lucía Hernández,2026-11-13T23:50:00.000Z,2026-11-13T23:50:00.000Z,1',
				''
			].join('\r\n')
		);
	});

	it('writes a day as its first and last day, lists joined by semicolons, and the status', () => {
		const csv = toDecisionCsv([coSettled, brShift], () => 'Someone');
		expect(lines(csv)[1]).toMatch(/^ann-co-settled,disagreement,settled,2026-11-17,2026-11-17,CO,/);
		expect(lines(csv)[1]).toContain(',Leave the day out.,Someone,2026-11-19T09:00:00Z,');
		expect(lines(csv)[2]).toMatch(
			/^ann-br-shift,decision,recorded,2026-11-15,2026-11-22,BR,spend;views,tiktok;youtube,/
		);
	});

	it('neutralises text a spreadsheet would run as a formula', () => {
		const trap = annotation('ann-trap', {
			kind: 'note',
			title: '=HYPERLINK("http://evil.example","click")',
			body: '@SUM(1+1)',
			scope: { markets: ['US'], metrics: [] },
			time: { at: '2026-11-16' }
		});
		const row = lines(toDecisionCsv([trap], () => '+Mallory'))[1]!;
		expect(row).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
		expect(row).toContain(",'@SUM(1+1),");
		expect(row).toContain(",'+Mallory,");
		expect(row).not.toMatch(/,[=+@]/);
	});

	it('names a missing author by a placeholder, and no author by an empty cell', () => {
		expect(personName(names, 'acc-lucia')).toBe('Lucía Hernández');
		expect(personName(names, 'acc-gone')).toBe('former member');
		expect(personName(names, null)).toBe('');
	});
});
