#!/usr/bin/python3
"""Reference values for the sourcing comparison, computed without any Parallax code.

Reads the sample campaign's raw files (data/sample/creators.csv and facts/*.csv), takes every
creator's engagement rate as sum(likes + comments + shares + saves) / sum(impressions) over
all its rows up to the as-of day, and per market compares the existing-network creators with
the cold-outreach ones: the difference of the two means with Welch's 95% interval,
d ± t.ppf(0.975, df) · se, se = sqrt(var_a / n_a + var_b / n_b) with sample variances (n − 1)
and the Welch–Satterthwaite df; scipy.stats.ttest_ind(equal_var=False) gives the same t.

Run with Debian's Python and SciPy (apt-get install -y python3-scipy):

    /usr/bin/python3 tests/reference/sourcing-comparison.py

It writes tests/reference/sourcing-comparison.json, which the tests read, so that they need
no Python.
"""

import csv
import json
import math
from pathlib import Path

import scipy
from scipy import stats

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / 'data' / 'sample'
OUT = Path(__file__).resolve().with_suffix('.json')
AS_OF = '2026-11-22'
MARKETS = ['US', 'MX', 'BR', 'CO', 'AR']


def read_csv(path):
    with open(path, newline='', encoding='utf-8') as handle:
        return list(csv.DictReader(handle))


def main():
    channel = {row['creator_id']: row['sourcing'] for row in read_csv(SAMPLE / 'creators.csv')}
    sums = {}
    for market in MARKETS:
        for row in read_csv(SAMPLE / 'facts' / f'{market}.csv'):
            if row['date'] > AS_OF:
                continue
            key = (row['market'], row['creator_id'])
            engagements, impressions = sums.get(key, (0, 0))
            sums[key] = (
                engagements + sum(int(row[m]) for m in ('likes', 'comments', 'shares', 'saves')),
                impressions + int(row['impressions']),
            )

    markets = []
    for market in MARKETS:
        creators = [
            {
                'creator_id': creator,
                'sourcing': channel[creator],
                'engagements': engagements,
                'impressions': impressions,
                'rate': engagements / impressions,
            }
            for (m, creator), (engagements, impressions) in sorted(sums.items())
            if m == market and impressions > 0
        ]
        network = [c['rate'] for c in creators if c['sourcing'] == 'existing_network']
        cold = [c['rate'] for c in creators if c['sourcing'] == 'cold_outreach']
        mean_n, mean_c = sum(network) / len(network), sum(cold) / len(cold)
        var_n = stats.tvar(network)
        var_c = stats.tvar(cold)
        share_n, share_c = var_n / len(network), var_c / len(cold)
        se = math.sqrt(share_n + share_c)
        df = (share_n + share_c) ** 2 / (
            share_n**2 / (len(network) - 1) + share_c**2 / (len(cold) - 1)
        )
        margin = stats.t.ppf(0.975, df) * se
        test = stats.ttest_ind(network, cold, equal_var=False)
        markets.append(
            {
                'market': market,
                'creators': creators,
                'network': {'n': len(network), 'mean': mean_n},
                'cold': {'n': len(cold), 'mean': mean_c},
                'difference': mean_n - mean_c,
                'standard_error': se,
                'degrees_of_freedom': df,
                'low': mean_n - mean_c - margin,
                'high': mean_n - mean_c + margin,
                'welch_t': float(test.statistic),
                'welch_p': float(test.pvalue),
            }
        )

    document = {
        'source': 'tests/reference/sourcing-comparison.py',
        'method': "Welch's t-interval (95%) for mean(existing_network) - mean(cold_outreach) of creator-level engagements per impression",
        'scipy': scipy.__version__,
        'as_of': AS_OF,
        'markets': markets,
    }
    OUT.write_text(json.dumps(document, indent='\t') + '\n', encoding='utf-8')


if __name__ == '__main__':
    main()
