"""Reference values for the split-test statistics (src/lib/domain/stats) and `parallax split`.

Run with Debian's Python, which carries SciPy and statsmodels:

    /usr/bin/python3 src/lib/domain/stats/reference/make_reference.py [DATASETS_DIR]

It writes, beside itself:
  cases.json    small constructed cases for each statistic;
  ab-data.json  the Udacity ab_data.csv test (cleaned, joined with countries.csv) by country.

DATASETS_DIR defaults to $PARALLAX_REAL_DATA, else ../shared/datasets/real from the repository
root. CI does not run Python: both JSON files are committed, formatted afterwards with
`npx prettier --write src/lib/domain/stats/reference/*.json` (the values do not change).

Which tool gives which value:
  z, p                 statsmodels.stats.proportion.proportions_ztest (pooled variance)
  ci95 (Wald)          statsmodels confint_proportions_2indep(method='wald', compare='diff')
  ci95_newcombe        statsmodels confint_proportions_2indep(method='newcomb', compare='diff')
  wilson               statsmodels proportion_confint(method='wilson')
  rel_lift, its ci     numpy, delta method Var(t/c) = Var(t)/c^2 + t^2 Var(c)/c^4 (same formula)
  prob_beat_control,   scipy.integrate.quad over scipy.stats.beta densities (numerical
  expected_loss        integration; the TypeScript uses an exact closed-form sum instead)
  srm                  scipy.stats.chisquare against the planned split
  p_adjusted           statsmodels.stats.multitest.multipletests(method='fdr_bh')
  combined, q, p, i2   statsmodels.stats.meta_analysis.combine_effects (fixed effect,
                       conf_int(use_t=False)), test_homogeneity(); I^2 floored at 0
  sample size          statsmodels.stats.proportion.samplesize_proportions_2indep_onetail
  normal, chi-square   scipy.stats.norm.sf / isf, scipy.stats.chi2.sf
  ratio of sums        numpy (var/cov with ddof=1), the delta-method formula written anew
  normal posterior     scipy.stats.norm: P = cdf(d/se), loss = se*pdf(d/se) - d*cdf(-d/se)
"""

import hashlib
import json
import os
import sys
import warnings

import numpy as np
import pandas as pd
import scipy
import statsmodels
from scipy import integrate, stats
from statsmodels.stats.meta_analysis import combine_effects
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import (
    confint_proportions_2indep,
    proportion_confint,
    proportions_ztest,
    samplesize_proportions_2indep_onetail,
)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '../../../../..'))
Z95 = stats.norm.isf(0.025)
SRM_THRESHOLD = 0.001


def versions():
    return {
        'python': sys.version.split()[0],
        'numpy': np.__version__,
        'scipy': scipy.__version__,
        'statsmodels': statsmodels.__version__,
        'pandas': pd.__version__,
    }


# --- unit-level comparisons -------------------------------------------------------------


def beta_comparison(control, treatment):
    """P(t > c) and E[max(c - t, 0)] under Beta(1,1) priors, by numerical integration."""
    nc, cc = control
    nt, ct = treatment
    a_c, b_c = 1 + cc, 1 + nc - cc
    a_t, b_t = 1 + ct, 1 + nt - ct
    c_dist = stats.beta(a_c, b_c)
    t_dist = stats.beta(a_t, b_t)
    # Integrate over the region holding the mass of both posteriors (±14 sd), split at the means.
    low = max(0.0, min(c_dist.mean() - 14 * c_dist.std(), t_dist.mean() - 14 * t_dist.std()))
    high = min(1.0, max(c_dist.mean() + 14 * c_dist.std(), t_dist.mean() + 14 * t_dist.std()))
    points = sorted({c_dist.mean(), t_dist.mean()})
    options = dict(epsabs=0, epsrel=1e-12, limit=1000, points=points)
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        beat, _ = integrate.quad(lambda x: c_dist.pdf(x) * t_dist.sf(x), low, high, **options)
        mean_c = c_dist.mean()
        # E[max(c - y, 0)] for c ~ Beta(a, b) is mean_c * sf(y; a + 1, b) - y * sf(y; a, b).
        loss, _ = integrate.quad(
            lambda y: t_dist.pdf(y) * (mean_c * stats.beta.sf(y, a_c + 1, b_c) - y * c_dist.sf(y)),
            low,
            high,
            **options,
        )
    return beat, loss


def srm(observed, planned):
    observed = np.asarray(observed, dtype=float)
    planned = np.asarray(planned, dtype=float)
    expected = observed.sum() * planned / planned.sum()
    result = stats.chisquare(observed, expected)
    return {
        'chi2': float(result.statistic),
        'p': float(result.pvalue),
        'mismatch': bool(result.pvalue < SRM_THRESHOLD),
    }


def relative_lift(rate_c, var_c, rate_t, var_t):
    if rate_c == 0:
        return None, None
    lift = rate_t / rate_c - 1
    se = np.sqrt(var_t / rate_c**2 + rate_t**2 * var_c / rate_c**4)
    return float(lift), [float(lift - Z95 * se), float(lift + Z95 * se)]


def compare_units(control, treatment, names=('control', 'treatment'), planned=(1, 1)):
    """One group: control and treatment as (n, conversions)."""
    nc, cc = control
    nt, ct = treatment
    rate_c, rate_t = cc / nc, ct / nt
    # statsmodels takes sample 1 minus sample 2: treatment first gives treatment - control.
    z, p = proportions_ztest([ct, cc], [nt, nc], value=0, alternative='two-sided', prop_var=False)
    wald = confint_proportions_2indep(ct, nt, cc, nc, method='wald', compare='diff')
    newcombe = confint_proportions_2indep(ct, nt, cc, nc, method='newcomb', compare='diff')
    var_c = rate_c * (1 - rate_c) / nc
    var_t = rate_t * (1 - rate_t) / nt
    lift, lift_ci = relative_lift(rate_c, var_c, rate_t, var_t)
    beat, loss = beta_comparison(control, treatment)
    return {
        'variants': [
            {'name': names[0], 'n': nc, 'conversions': cc, 'rate': rate_c},
            {'name': names[1], 'n': nt, 'conversions': ct, 'rate': rate_t},
        ],
        'diff': rate_t - rate_c,
        'diff_variance': var_c + var_t,
        'ci95': [float(wald[0]), float(wald[1])],
        'ci95_newcombe': [float(newcombe[0]), float(newcombe[1])],
        'wilson_control': [float(v) for v in proportion_confint(cc, nc, method='wilson')],
        'wilson_treatment': [float(v) for v in proportion_confint(ct, nt, method='wilson')],
        'rel_lift': lift,
        'rel_lift_ci95': lift_ci,
        'z': float(z),
        'p': float(p),
        'prob_beat_control': float(beat),
        'expected_loss': float(loss),
        'srm': srm([nc, nt], planned),
    }


def fixed_effect(effects, variances):
    """combine_effects' fixed-effect results: estimate, se, 95% interval, Q, its p, I^2."""
    # Its random-effects part takes a square root of a negative variance when Q < df; only
    # the fixed-effect results are used.
    with warnings.catch_warnings():
        warnings.simplefilter('ignore', RuntimeWarning)
        result = combine_effects(np.array(effects), np.array(variances), method_re='chi2')
        ci = result.conf_int(use_t=False)[0]
    several = len(effects) > 1
    return {
        'estimate': float(result.mean_effect_fe),
        'se': float(result.sd_eff_w_fe),
        'ci95': [float(ci[0]), float(ci[1])],
        'q': float(result.q),
        'df': int(result.k - 1),
        'p': float(result.test_homogeneity().pvalue) if several else None,
        'i2': float(max(0.0, result.i2)) if several else None,
    }


def split_reference(groups, planned=(1, 1), names=('control', 'treatment')):
    """Per group, pooled over summed counts, combined, heterogeneity, BH, Simpson rule."""
    per_group = []
    for group, control, treatment in groups:
        row = compare_units(control, treatment, names, planned)
        row['group'] = group
        per_group.append(row)
    pvalues = [row['p'] for row in per_group]
    adjusted = multipletests(pvalues, method='fdr_bh')[1]
    for row, value in zip(per_group, adjusted):
        row['p_adjusted'] = float(value)
    summed_c = (sum(c[0] for _, c, _ in groups), sum(c[1] for _, c, _ in groups))
    summed_t = (sum(t[0] for _, _, t in groups), sum(t[1] for _, _, t in groups))
    pooled = compare_units(summed_c, summed_t, names, planned)
    pooled['group'] = None
    pooled['p_adjusted'] = None
    effects = np.array([row['diff'] for row in per_group])
    variances = np.array([row['diff_variance'] for row in per_group])
    combined = fixed_effect(effects, variances)
    several = len(groups) > 1
    # The Simpson rule, written out the way the domain states it.
    traffic = np.array([c[0] + t[0] for _, c, t in groups], dtype=float)
    against = traffic[np.sign(effects) * np.sign(pooled['diff']) < 0].sum()
    reasons = []
    if several and np.sign(combined['estimate']) * np.sign(pooled['diff']) < 0:
        reasons.append('combined')
    if several and against > traffic.sum() / 2:
        reasons.append('traffic')
    return {
        'groups': per_group,
        'pooled': pooled,
        'combined': {
            'diff': combined['estimate'],
            'se': combined['se'],
            'ci95': combined['ci95'],
        },
        'heterogeneity': {
            'q': combined['q'],
            'df': combined['df'],
            'p': combined['p'],
            'i2': combined['i2'],
        },
        'simpson_warning': bool(reasons),
        'simpson_reasons': reasons,
    }


# --- ratio of sums with rows as units ----------------------------------------------------


def ratio_summary(rows):
    rows = np.asarray(rows, dtype=float)
    y, x = rows[:, 0], rows[:, 1]
    return {
        'rows': int(len(rows)),
        'sum_y': float(y.sum()),
        'sum_x': float(x.sum()),
        'var_y': float(np.var(y, ddof=1)),
        'var_x': float(np.var(x, ddof=1)),
        'cov_yx': float(np.cov(y, x, ddof=1)[0, 1]),
    }


def ratio_estimate(summary):
    n = summary['rows']
    ratio = summary['sum_y'] / summary['sum_x']
    mean_x = summary['sum_x'] / n
    spread = summary['var_y'] - 2 * ratio * summary['cov_yx'] + ratio**2 * summary['var_x']
    return ratio, spread / (n * mean_x**2)


def compare_ratio(control_rows, treatment_rows, planned=(1, 1)):
    sc, st = ratio_summary(control_rows), ratio_summary(treatment_rows)
    rate_c, var_c = ratio_estimate(sc)
    rate_t, var_t = ratio_estimate(st)
    diff = rate_t - rate_c
    se = np.sqrt(var_c + var_t)
    z = diff / se
    lift, lift_ci = relative_lift(rate_c, var_c, rate_t, var_t)
    # What a binomial test would claim if every impression were an independent trial.
    pooled = (sc['sum_y'] + st['sum_y']) / (sc['sum_x'] + st['sum_x'])
    naive_se = np.sqrt(pooled * (1 - pooled) * (1 / sc['sum_x'] + 1 / st['sum_x']))
    return {
        'control_summary': sc,
        'treatment_summary': st,
        'rate_control': rate_c,
        'variance_control': var_c,
        'rate_treatment': rate_t,
        'variance_treatment': var_t,
        'diff': diff,
        'se': float(se),
        'z': float(z),
        'p': float(2 * stats.norm.sf(abs(z))),
        'ci95': [float(diff - Z95 * se), float(diff + Z95 * se)],
        'rel_lift': lift,
        'rel_lift_ci95': lift_ci,
        'prob_beat_control': float(stats.norm.cdf(z)),
        'expected_loss': float(se * stats.norm.pdf(z) - diff * stats.norm.cdf(-z)),
        'srm': srm([sc['sum_x'], st['sum_x']], planned),
        'binomial_se_if_impressions_were_trials': float(naive_se),
    }


def creator_days(rng, creators, days):
    """Daily rows per creator: impressions around the creator's size, clicks at its own CTR."""
    rows = []
    for size, ctr in creators:
        for _ in range(days):
            impressions = int(rng.poisson(size))
            # Day-to-day swings in the creator's CTR: rows are correlated, not binomial trials.
            day_ctr = max(0.0, rng.normal(ctr, ctr * 0.25))
            rows.append([int(rng.binomial(impressions, min(day_ctr, 1.0))), impressions])
    return rows


def ratio_cases():
    rng = np.random.default_rng(20240611)
    control = creator_days(rng, [(2400, 0.021), (1100, 0.034), (1300, 0.012)], 7)
    treatment = creator_days(rng, [(2000, 0.026), (1500, 0.030), (1200, 0.015)], 7)
    few = creator_days(rng, [(900, 0.05)], 3)
    other = creator_days(rng, [(800, 0.06)], 3)
    return [
        {
            'name': 'three creators a variant, a week of days',
            'control_rows': control,
            'treatment_rows': treatment,
            'planned': [1, 1],
            'expected': compare_ratio(control, treatment, (1, 1)),
        },
        {
            'name': 'one creator a variant, three days, planned 40/60',
            'control_rows': few,
            'treatment_rows': other,
            'planned': [40, 60],
            'expected': compare_ratio(few, other, (40, 60)),
        },
    ]


# --- the other statistics ----------------------------------------------------------------

PROPORTION_CASES = [
    ('moderate lift', (1000, 120), (1000, 150), (1, 1)),
    ('small drop', (400, 35), (390, 28), (1, 1)),
    ('small counts', (50, 3), (55, 9), (1, 1)),
    ('control at zero', (30, 0), (31, 2), (1, 1)),
    ('large counts', (145274, 17489), (145310, 17264), (1, 1)),
    ('uneven split planned 40/60', (4000, 200), (6000, 330), (40, 60)),
    ('split off the plan', (5200, 410), (4800, 395), (50, 50)),
]

SRM_CASES = [
    ([5000, 5000], [1, 1]),
    ([5150, 4850], [50, 50]),
    ([5300, 4700], [50, 50]),
    ([3900, 6100], [40, 60]),
    ([1000, 1100, 900], [1, 1, 1]),
    ([120, 260, 620], [10, 30, 60]),
]

BH_CASES = [
    [0.01, 0.04, 0.03, 0.005],
    [0.2, 0.2, 0.01, 0.5, 0.049],
    [0.9],
    [1e-8, 0.5, 0.0004, 0.03, 0.03, 0.7],
]

HETEROGENEITY_CASES = [
    ([0.01, 0.03, -0.005], [1e-5, 4e-5, 2e-5]),
    ([0.012, 0.011, 0.0125, 0.0118], [2e-5, 3e-5, 1e-5, 5e-5]),
    ([-0.002, 0.004], [1e-6, 4e-6]),
]

POWER_CASES = [
    # diff (treatment - control), control rate, power, ratio (control per treatment), alpha
    (0.01, 0.10, 0.8, 1, 0.05),
    (-0.02, 0.30, 0.9, 1, 0.05),
    (0.005, 0.12, 0.8, 1.5, 0.05),
    (0.03, 0.05, 0.8, 1, 0.01),
]

# Market 1 and 2 both favour the treatment, but the treatment's traffic sits mostly in the
# low-rate market and the control's in the high-rate one, so summed counts favour the control.
SIMPSON_PARADOX = [
    ('M1', (100, 10), (1000, 120)),
    ('M2', (1000, 500), (100, 55)),
]
SIMPSON_CONSISTENT = [
    ('M1', (1000, 100), (1000, 120)),
    ('M2', (1000, 500), (1000, 540)),
]


def distributions():
    return {
        'normal': [
            {'z': z, 'two_sided_p': float(2 * stats.norm.sf(abs(z)))} for z in (0.0, 1.0, -1.96, 5.0, -9.5)
        ],
        'critical': [
            {'level': level, 'z': float(stats.norm.isf((1 - level) / 2))} for level in (0.9, 0.95, 0.99)
        ],
        'chi_square': [
            {'x': x, 'df': df, 'sf': float(stats.chi2.sf(x, df))}
            for x, df in ((0.5, 1), (3.84, 1), (13.25, 1), (299.0, 1), (7.1, 2), (2.4, 4))
        ],
        'normal_posterior': [
            {
                'diff': d,
                'se': se,
                'prob_beat_control': float(stats.norm.cdf(d / se)),
                'expected_loss': float(se * stats.norm.pdf(d / se) - d * stats.norm.cdf(-d / se)),
            }
            for d, se in ((0.002, 0.001), (-0.004, 0.0025), (0.0, 0.01))
        ],
    }


def cases():
    proportions = []
    for name, control, treatment, planned in PROPORTION_CASES:
        expected = compare_units(control, treatment, planned=planned)
        proportions.append(
            {
                'name': name,
                'control': {'n': control[0], 'conversions': control[1]},
                'treatment': {'n': treatment[0], 'conversions': treatment[1]},
                'planned': list(planned),
                'expected': expected,
            }
        )
    srm_cases = [
        {'observed': observed, 'planned': planned, 'expected': srm(observed, planned)}
        for observed, planned in SRM_CASES
    ]
    bh = [
        {'p': ps, 'expected': [float(v) for v in multipletests(ps, method='fdr_bh')[1]]}
        for ps in BH_CASES
    ]
    heterogeneity = [
        {'effects': effects, 'variances': variances, 'expected': fixed_effect(effects, variances)}
        for effects, variances in HETEROGENEITY_CASES
    ]
    power = []
    for diff, control_rate, power_level, ratio, alpha in POWER_CASES:
        treatment_n = samplesize_proportions_2indep_onetail(
            diff, control_rate, power_level, ratio=ratio, alpha=alpha, alternative='two-sided'
        )
        power.append(
            {
                'baseline': control_rate,
                'effect': diff,
                'power': power_level,
                'ratio': ratio,
                'alpha': alpha,
                'expected': {'treatment': float(treatment_n), 'control': float(treatment_n * ratio)},
            }
        )
    simpson = {}
    for name, fixture in (('paradox', SIMPSON_PARADOX), ('consistent', SIMPSON_CONSISTENT)):
        simpson[name] = {
            'groups': [
                {
                    'group': group,
                    'control': {'n': c[0], 'conversions': c[1]},
                    'treatment': {'n': t[0], 'conversions': t[1]},
                }
                for group, c, t in fixture
            ],
            'expected': split_reference(fixture),
        }
    return {
        'tools': versions(),
        'distributions': distributions(),
        'proportions': proportions,
        'ratio': ratio_cases(),
        'srm': srm_cases,
        'benjamini_hochberg': bh,
        'heterogeneity': heterogeneity,
        'power': power,
        'simpson': simpson,
    }


# --- the real data -----------------------------------------------------------------------


def sha256(path):
    with open(path, 'rb') as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def ab_data(folder):
    ab_path = os.path.join(folder, 'ab_data.csv')
    countries_path = os.path.join(folder, 'countries.csv')
    ab = pd.read_csv(ab_path, dtype={'user_id': 'int64', 'converted': 'int64'})
    rows = len(ab)
    # A row whose group and landing page disagree was not served what it was assigned.
    aligned = ab[(ab['group'] == 'treatment') == (ab['landing_page'] == 'new_page')]
    # A user seen twice keeps the first row in file order.
    unique = aligned.drop_duplicates(subset='user_id', keep='first')
    countries = pd.read_csv(countries_path, dtype={'user_id': 'int64'})
    joined = unique.merge(countries, on='user_id', how='inner', validate='one_to_one')
    groups = []
    for country in sorted(joined['country'].unique()):
        part = joined[joined['country'] == country]
        control = part[part['group'] == 'control']['converted']
        treatment = part[part['group'] == 'treatment']['converted']
        groups.append(
            (
                country,
                (int(control.size), int(control.sum())),
                (int(treatment.size), int(treatment.sum())),
            )
        )
    reference = split_reference(groups)
    return {
        'tools': versions(),
        'files': {'ab_data.csv': sha256(ab_path), 'countries.csv': sha256(countries_path)},
        'cleaning': {
            'rows': rows,
            'mismatched_rows_removed': rows - len(aligned),
            'repeated_user_rows_removed': len(aligned) - len(unique),
            'rows_kept': len(unique),
            'rows_joined': len(joined),
        },
        'command': {
            'variant': 'group',
            'control': 'control',
            'metric': 'converted',
            'by': 'country',
        },
        **reference,
    }


def write(name, document):
    with open(os.path.join(HERE, name), 'w') as handle:
        json.dump(document, handle, indent='\t', allow_nan=False)
        handle.write('\n')


def main():
    folder = (
        sys.argv[1]
        if len(sys.argv) > 1
        else os.environ.get('PARALLAX_REAL_DATA', os.path.join(ROOT, '../shared/datasets/real'))
    )
    write('cases.json', cases())
    write('ab-data.json', ab_data(folder))


if __name__ == '__main__':
    main()
