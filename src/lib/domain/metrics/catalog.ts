import type { MetricUnit } from '../chart-metrics';
import { DIMENSIONS, MONEY_MEASURES, ADDITIVE_MEASURES, SNAPSHOT_MEASURES } from '../facts';
import type { Ast } from './ast';
import type { FormulaColumn } from './check';
import { parsedTree, type MetricSource } from './expand';

/** A metric: a formula with what it means and how to read it. */
export interface MetricDefinition {
	id: string;
	label: string;
	formula: string;
	/** Percent metrics are fractions: 0.035 is 3.5 %. Currency is the reporting currency. */
	unit: MetricUnit;
	direction: 'higher' | 'lower';
	/** Metrics of one family measure the same idea by different definitions (the er_* variants). */
	family: string;
	description: string;
}

type Entry = Omit<MetricDefinition, 'family'> & { family?: string };

const ENGAGEMENT_RATE = 'engagement_rate';

const ENTRIES: Entry[] = [
	{
		id: 'engagements',
		label: 'Engagements',
		formula: 'sum(likes) + sum(comments) + sum(shares) + sum(saves)',
		unit: 'count',
		direction: 'higher',
		description: 'Likes, comments, shares and saves added up.'
	},
	...(
		[
			['impressions', 'sum(impressions)', 'Engagements per impression.'],
			['views', 'sum(views)', 'Engagements per view; how several tools rate TikTok and YouTube.'],
			[
				'reach',
				'sum(max(reach) by content_id)',
				'Engagements per account reached; reach counts once per content item (its largest reported value), never summed over days.'
			],
			[
				'followers',
				'sum(max(followers) by content_id)',
				"Engagements per follower; each post counts its creator's followers once (GRIN, Upfluence style)."
			]
		] as const
	).map(([by, denominator, description]): Entry => ({
		id: `er_${by}`,
		label: `Engagement rate by ${by}`,
		formula: `engagements / ${denominator}`,
		unit: 'percent',
		direction: 'higher',
		family: ENGAGEMENT_RATE,
		description
	})),
	rate(
		'ctr',
		'CTR',
		'sum(clicks) / sum(impressions)',
		'Click-through rate: clicks per impression.'
	),
	cost(
		'cpm',
		'CPM',
		'sum(spend) / sum(impressions) * 1000',
		'Cost per mille: spend per thousand impressions.'
	),
	cost('cpc', 'CPC', 'sum(spend) / sum(clicks)', 'Cost per click.'),
	cost('cpe', 'CPE', 'sum(spend) / engagements', 'Cost per engagement.'),
	cost(
		'cpa',
		'CPA',
		'sum(spend) / sum(conversions)',
		'Cost per acquisition: spend per conversion.'
	),
	rate('cvr', 'Conversion rate', 'sum(conversions) / sum(clicks)', 'Conversions per click.'),
	rate('view_rate', 'View rate', 'sum(views) / sum(impressions)', 'Views per impression.'),
	{
		id: 'roas',
		label: 'ROAS',
		formula: 'sum(revenue) / sum(spend)',
		unit: 'ratio',
		direction: 'higher',
		description: 'Return on ad spend: revenue per unit of spend, both in the reporting currency.'
	},
	{
		id: 'spend',
		label: 'Spend',
		formula: 'sum(spend)',
		unit: 'currency',
		direction: 'lower',
		description: 'Money spent, in the reporting currency.'
	},
	{
		id: 'revenue',
		label: 'Revenue',
		formula: 'sum(revenue)',
		unit: 'currency',
		direction: 'higher',
		description: 'Revenue attributed, in the reporting currency.'
	},
	...(['impressions', 'views', 'clicks', 'conversions'] as const).map((id): Entry => ({
		id,
		label: id[0]!.toUpperCase() + id.slice(1),
		formula: `sum(${id})`,
		unit: 'count',
		direction: 'higher',
		description: `Total ${id}.`
	})),
	{
		id: 'reach',
		label: 'Reach',
		formula: 'sum(max(reach) by content_id)',
		unit: 'count',
		direction: 'higher',
		description:
			'Accounts reached: each content item counted once at its largest reported reach, then added up across items (people reached by two items count twice).'
	}
];

/**
 * The built-in catalog. `engagements` is a metric of its own (a sum of sums), and the
 * engagement-rate variants refer to it, so one edit changes what counts as an engagement
 * everywhere and no derived column is needed in the facts table.
 */
export const BUILT_IN_METRICS: readonly MetricDefinition[] = ENTRIES.map((entry) => ({
	...entry,
	family: entry.family ?? entry.id
}));

/** The built-in metrics by id, as a formula context's `metrics`. */
export const BUILT_IN_METRIC_SOURCES: ReadonlyMap<string, MetricDefinition> = new Map(
	BUILT_IN_METRICS.map((metric) => [metric.id, metric])
);

const MONEY: readonly string[] = MONEY_MEASURES;

/** The canonical facts columns with the kind of aggregation each allows. */
export const FACT_COLUMNS: readonly FormulaColumn[] = [
	...DIMENSIONS.map((name): FormulaColumn => ({ name, kind: 'dimension' })),
	...ADDITIVE_MEASURES.map((name): FormulaColumn => ({
		name,
		kind: MONEY.includes(name) ? 'money' : 'additive'
	})),
	...SNAPSHOT_MEASURES.map((name): FormulaColumn => ({ name, kind: 'snapshot' }))
];

/**
 * True when a formula reads a money column (spend, revenue), directly or through the
 * metrics it refers to, so its value is in a currency.
 */
export function usesMoney(
	ast: Ast,
	metrics: ReadonlyMap<string, MetricSource> = BUILT_IN_METRIC_SOURCES,
	seen: ReadonlySet<string> = new Set()
): boolean {
	switch (ast.type) {
		case 'column':
			return MONEY.includes(ast.name);
		case 'metric': {
			const source = metrics.get(ast.id);
			if (!source || seen.has(ast.id)) return false;
			return usesMoney(parsedTree(ast.id, source), metrics, new Set([...seen, ast.id]));
		}
		case 'binary':
			return usesMoney(ast.left, metrics, seen) || usesMoney(ast.right, metrics, seen);
		case 'negate':
			return usesMoney(ast.operand, metrics, seen);
		case 'aggregate':
			return ast.arg !== null && usesMoney(ast.arg, metrics, seen);
		default:
			return false;
	}
}

function rate(id: string, label: string, formula: string, description: string): Entry {
	return { id, label, formula, unit: 'percent', direction: 'higher', description };
}

function cost(id: string, label: string, formula: string, description: string): Entry {
	return { id, label, formula, unit: 'currency', direction: 'lower', description };
}
