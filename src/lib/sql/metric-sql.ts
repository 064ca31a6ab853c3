import { ADDITIVE_MEASURES, MONEY_MEASURES } from '$lib/domain/facts';
import type { AggregateFunction, AggregateNode, Ast } from '$lib/domain/metrics/ast';
import { quoteIdentifier, quoteNumber, quoteString } from './quote';

/** What to compute: metrics (trees with references expanded) over a relation's rows. */
export interface MetricsQuery {
	relation: string;
	metrics: { id: string; ast: Ast }[];
	groupBy: string[];
	/** A SQL condition on the relation's columns, already quoted by the caller; '' for all rows. */
	where: string;
	/** Converts money columns from the reporting currency into `currency` at each day's rate. */
	money?: { fx: string; currency: string } | null;
	/**
	 * A coarser roll-up of `relation` (fewer dimensions, additive measures summed, the columns
	 * `where` and `groupBy` name kept) that plain sums of additive measures read instead: the
	 * same totals from far fewer rows. Used only when every plain aggregate is such a sum.
	 */
	totalsRelation?: string | null;
}

/** SQL text with how tightly it binds: 1 sum, 2 product, 3 a value that needs no parentheses. */
interface Piece {
	sql: string;
	level: 1 | 2 | 3;
}

/** Aggregates written once each, named in the order they were first met. */
class Slots {
	readonly byText = new Map<string, string>();
	constructor(private readonly prefix: string) {}
	add(sql: string): string {
		let alias = this.byText.get(sql);
		if (alias === undefined) this.byText.set(sql, (alias = `${this.prefix}${this.byText.size}`));
		return alias;
	}
	/** `<sql> AS "<alias>"` for each aggregate. */
	columns(): string[] {
		return [...this.byText].map(([sql, alias]) => `${sql} AS ${quoteIdentifier(alias)}`);
	}
}

/** The aggregates nested under one `by` dimension: inner per dimension value, outer per group. */
interface Nested {
	by: string;
	inner: Slots;
	outer: Slots;
}

/**
 * Compiles metrics into one DuckDB query: one row per group, one DOUBLE column per metric.
 * Plain aggregates are computed together in `metric_totals`; each `by` dimension gets a
 * per-value CTE and a per-group CTE, joined to the totals on the group keys (NULL keys
 * match). An aggregate that several metrics share is computed once. Division by zero gives
 * NULL; in `+` and `-` a missing term is left out, so a platform that reports no saves does
 * not blank out engagements, and the result is NULL only when every term is missing.
 */
export function metricsQuerySql(query: MetricsQuery): string {
	if (query.metrics.length === 0) throw new Error('metricsQuerySql: no metrics to compute');
	const names = [...query.groupBy, ...query.metrics.map((m) => m.id)];
	const clash = names.find((name, i) => names.indexOf(name) !== i);
	if (clash !== undefined) throw new Error(`metricsQuerySql: output column twice: ${clash}`);

	const totals = new Slots('a');
	const nested: Nested[] = [];
	const nestedFor = (by: string) => {
		let entry = nested.find((n) => n.by === by);
		if (!entry) nested.push((entry = { by, inner: new Slots('i'), outer: new Slots('n') }));
		return entry;
	};
	// Whether each plain aggregate is a sum of one additive measure, which a roll-up keeps.
	const totalSums: boolean[] = [];
	const aggregate = (node: AggregateNode): string => {
		if (!node.by) {
			totalSums.push(
				node.fn === 'sum' &&
					node.arg?.type === 'column' &&
					(ADDITIVE_MEASURES as readonly string[]).includes(node.arg.name)
			);
			return `t.${quoteIdentifier(totals.add(aggregateSql(node.fn, node.arg)))}`;
		}
		const entry = nestedFor(node.by.name);
		const perValue = (inner: AggregateNode) =>
			quoteIdentifier(entry.inner.add(aggregateSql(inner.fn, inner.arg)));
		const arg = node.arg ? expression(node.arg, perValue).sql : null;
		const alias = entry.outer.add(aggregateOf(node.fn, arg));
		return `n${nested.indexOf(entry)}.${quoteIdentifier(alias)}`;
	};
	const values = query.metrics.map(
		(metric) =>
			`CAST(${expression(metric.ast, aggregate).sql} AS DOUBLE) AS ${quoteIdentifier(metric.id)}`
	);

	const keys = query.groupBy.map(quoteIdentifier);
	const coarse = query.totalsRelation && totalSums.every(Boolean) ? query.totalsRelation : null;
	const ctes = [`metric_rows AS (\n${rowsSql(query)}\n)`];
	if (coarse) ctes.push(`total_rows AS (\n${rowsSql({ ...query, relation: coarse })}\n)`);
	ctes.push(cte('metric_totals', keys, totals.columns(), coarse ? 'total_rows' : 'metric_rows'));
	nested.forEach((entry, k) => {
		const perKeys = [...new Set([...keys, quoteIdentifier(entry.by)])];
		ctes.push(cte(`per_${k}`, perKeys, entry.inner.columns(), 'metric_rows'));
		ctes.push(cte(`nested_${k}`, keys, entry.outer.columns(), `per_${k}`));
	});
	const joins = nested.map((_, k) => {
		if (keys.length === 0) return `CROSS JOIN nested_${k} n${k}`;
		const on = keys.map((key) => `t.${key} IS NOT DISTINCT FROM n${k}.${key}`).join(' AND ');
		return `LEFT JOIN nested_${k} n${k} ON ${on}`;
	});
	const lines = [
		`WITH ${ctes.join(',\n')}`,
		`SELECT ${[...keys.map((key) => `t.${key}`), ...values].join(',\n\t')}`,
		'FROM metric_totals t',
		...joins
	];
	if (keys.length) lines.push(`ORDER BY ${keys.map((key) => `t.${key}`).join(', ')}`);
	return lines.join('\n');
}

/** The filtered rows, with money converted per row at its day's rate when asked. */
function rowsSql({ relation, where, money }: MetricsQuery): string {
	const filtered = `SELECT * FROM ${quoteIdentifier(relation)}${where.trim() ? ` WHERE ${where}` : ''}`;
	if (!money) return `\t${filtered}`;
	// rate = reporting-currency units per unit of `currency`, so dividing converts into it.
	const converted = MONEY_MEASURES.map((column) => {
		const name = quoteIdentifier(column);
		return `r.${name} / fx.${quoteIdentifier('rate')} AS ${name}`;
	});
	return [
		`\tSELECT r.* REPLACE (${converted.join(', ')})`,
		`\tFROM (${filtered}) r`,
		`\tLEFT JOIN ${quoteIdentifier(money.fx)} fx ON fx.${quoteIdentifier('date')} = r.${quoteIdentifier('date')}` +
			` AND fx.${quoteIdentifier('currency')} = ${quoteString(money.currency)}`
	].join('\n');
}

/** A CTE that groups `from` by `keys`; counts rows when it would otherwise select nothing. */
function cte(name: string, keys: string[], columns: string[], from: string): string {
	const select = [...keys, ...columns];
	if (select.length === 0) select.push(`count(*) AS ${quoteIdentifier('rows')}`);
	const groupBy = keys.length ? `\n\tGROUP BY ${keys.join(', ')}` : '';
	return `${name} AS (\n\tSELECT ${select.join(', ')}\n\tFROM ${from}${groupBy}\n)`;
}

/** An aggregate over rows: its argument is read row by row. */
function aggregateSql(fn: AggregateFunction, arg: Ast | null): string {
	return aggregateOf(fn, arg ? expression(arg, unexpectedAggregate).sql : null);
}

function aggregateOf(fn: AggregateFunction, arg: string | null): string {
	if (arg === null) {
		if (fn !== 'count') throw new Error(`metricsQuerySql: ${fn} needs an argument`);
		return 'count(*)';
	}
	if (fn === 'count_distinct') return `count(DISTINCT ${arg})`;
	return `${fn}(${arg})`;
}

function unexpectedAggregate(node: AggregateNode): string {
	throw new Error(`metricsQuerySql: aggregate inside an aggregate without by: ${node.fn}`);
}

/** Arithmetic, with aggregates written by `aggregate` (a column reference or a row-level call). */
function expression(node: Ast, aggregate: (node: AggregateNode) => string): Piece {
	switch (node.type) {
		case 'number':
			return node.value < 0
				? { sql: `(${quoteNumber(node.value)})`, level: 3 }
				: { sql: quoteNumber(node.value), level: 3 };
		case 'column':
			return { sql: quoteIdentifier(node.name), level: 3 };
		case 'aggregate':
			return { sql: aggregate(node), level: 3 };
		case 'metric':
			throw new Error(`metricsQuerySql: expand the reference to metric ${node.id} first`);
		case 'negate': {
			const operand = expression(node.operand, aggregate);
			// Parentheses unless a plain value: `-` before `-` would start a SQL comment.
			const wrapped =
				operand.level === 3 && !operand.sql.startsWith('-') ? operand.sql : `(${operand.sql})`;
			return { sql: `-${wrapped}`, level: 2 };
		}
		case 'binary': {
			if (node.op === '+' || node.op === '-') {
				const terms = termsOf(node, 1).map(([sign, term]) => {
					const piece = expression(term, aggregate);
					return sign > 0
						? piece.sql
						: `-${piece.level === 3 && !piece.sql.startsWith('-') ? piece.sql : `(${piece.sql})`}`;
				});
				return { sql: `list_sum([${terms.join(', ')}])`, level: 3 };
			}
			const left = expression(node.left, aggregate);
			const right = expression(node.right, aggregate);
			const l = left.level >= 2 ? left.sql : `(${left.sql})`;
			if (node.op === '/') return { sql: `${l} / nullif(${right.sql}, 0)`, level: 2 };
			return { sql: `${l} * ${right.level === 3 ? right.sql : `(${right.sql})`}`, level: 2 };
		}
	}
}

/** The terms of a chain of `+` and `-`, each with its sign: a - (b - c) is a, -b, +c. */
function termsOf(node: Ast, sign: 1 | -1): [1 | -1, Ast][] {
	if (node.type !== 'binary' || (node.op !== '+' && node.op !== '-')) return [[sign, node]];
	const right = node.op === '+' ? sign : (-sign as 1 | -1);
	return [...termsOf(node.left, sign), ...termsOf(node.right, right)];
}
