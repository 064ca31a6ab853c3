import { formatValue, MISSING_VALUE } from '$lib/charts/format';
import type { ExperimentContent } from '$lib/domain/experiments/experiment';
import type { SplitSummary } from '$lib/domain/stats/split-summary';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';

/**
 * How a test's numbers read in the viewer's locale: rates as percentages, differences of
 * rates in percentage points, relative lifts as signed percentages, p-values with enough
 * digits to tell a small one from zero.
 */
export function experimentFormat(locale: string, language?: Locale) {
	const options = language ? { locale: language } : {};
	const signed = (value: number, digits: number, style: 'decimal' | 'percent') =>
		new Intl.NumberFormat(locale, {
			style,
			minimumFractionDigits: digits,
			maximumFractionDigits: digits,
			signDisplay: 'exceptZero'
		}).format(value);
	return {
		rate: (value: number | null | undefined) =>
			formatValue(value, { unit: 'percent', locale }).toString(),
		count: (value: number) => formatValue(value, { unit: 'count', locale }),
		points: (diff: number | null | undefined) =>
			diff === null || diff === undefined || !Number.isFinite(diff)
				? MISSING_VALUE
				: m.experiments_points({ value: signed(diff * 100, 3, 'decimal') }, options),
		lift: (value: number | null | undefined) =>
			value === null || value === undefined || !Number.isFinite(value)
				? MISSING_VALUE
				: signed(value, 2, 'percent'),
		p: (value: number | null | undefined) => pValueText(value, locale),
		decimal: (value: number, digits: number) =>
			new Intl.NumberFormat(locale, {
				minimumFractionDigits: digits,
				maximumFractionDigits: digits
			}).format(value)
	};
}

/** A p-value: four decimals, or two significant digits in scientific notation below 0.0001. */
export function pValueText(value: number | null | undefined, locale: string): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return MISSING_VALUE;
	if (value !== 0 && value < 0.0001)
		return new Intl.NumberFormat(locale, {
			notation: 'scientific',
			minimumSignificantDigits: 2,
			maximumSignificantDigits: 2
		}).format(value);
	return new Intl.NumberFormat(locale, {
		minimumFractionDigits: 4,
		maximumFractionDigits: 4
	}).format(value);
}

/** A planned split as people write it: 50/50, 60/40. */
export function splitText(split: readonly [number, number]): string {
	return `${split[0]}/${split[1]}`;
}

/** What a decision about a test starts from: its title and a Markdown body with the result. */
export interface DecisionDraft {
	title: string;
	body: string;
}

/**
 * The decision a test's result asks for, prefilled: per market the relative lift with its
 * interval and its p-values, the pooled and the combined readings, and the warnings (sample-
 * ratio mismatch, Simpson's paradox) that change how it reads. `marketName` words a code.
 */
export function decisionDraft(
	test: ExperimentContent,
	summary: SplitSummary,
	read: { from: string; to: string },
	marketName: (code: string) => string,
	locale: string,
	language?: Locale
): DecisionDraft {
	const options = language ? { locale: language } : {};
	const format = experimentFormat(locale, language);
	const [control, treatment] = test.variants;
	const lines = [
		m.experiments_decision_intro(
			{
				treatment,
				control,
				metric: `${test.metric.numerator} / ${test.metric.denominator}`,
				from: read.from,
				to: read.to
			},
			options
		),
		'',
		...summary.groups.map(
			(group) =>
				`- ${m.experiments_decision_line(
					{
						market: marketName(group.group ?? ''),
						lift: format.lift(group.relLift),
						low: format.lift(group.relLiftCi95?.[0]),
						high: format.lift(group.relLiftCi95?.[1]),
						p: format.p(group.p),
						adjusted: format.p(group.pAdjusted)
					},
					options
				)}`
		),
		`- ${m.experiments_decision_pooled(
			{
				lift: format.lift(summary.pooled.relLift),
				low: format.lift(summary.pooled.relLiftCi95?.[0]),
				high: format.lift(summary.pooled.relLiftCi95?.[1])
			},
			options
		)}`
	];
	if (summary.combined)
		lines.push(
			`- ${m.experiments_decision_combined(
				{
					diff: format.points(summary.combined.diff),
					low: format.points(summary.combined.ci95[0]),
					high: format.points(summary.combined.ci95[1])
				},
				options
			)}`
		);
	const mismatched = summary.groups.filter((g) => g.srm.mismatch);
	if (mismatched.length > 0 || summary.simpson.warning) lines.push('');
	if (mismatched.length > 0)
		lines.push(
			m.experiments_decision_srm(
				{ markets: mismatched.map((g) => marketName(g.group ?? '')).join(', ') },
				options
			)
		);
	if (summary.simpson.warning) lines.push(m.experiments_decision_simpson({}, options));
	return {
		title: m.experiments_decision_title({ name: test.name }, options),
		body: lines.join('\n')
	};
}
