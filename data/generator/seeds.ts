/**
 * One seed per generated table, so that changing how one table is drawn never shifts the
 * random numbers of another. Tables drawn from other tables (facts from creators) change
 * when their inputs change, but never because another table consumed random numbers.
 */

/** fx.csv: the daily rate walk per currency. */
export const FX_SEED = 20260928;
/** creators.csv: tiers, platforms, followers, sourcing and handles. */
export const CREATORS_SEED = 41017;
/** The content plan: posts per creator, publish days and variants (facts and timeline). */
export const CONTENT_SEED = 77213;
/** facts/<MARKET>.csv: one seed per market file. */
export const FACTS_SEEDS = { US: 1101, MX: 2202, BR: 3303, CO: 4404, AR: 5505 } as const;
/** timeline.json: the creators' contact, agreement and briefing days. */
export const TIMELINE_SEED = 9091;
/** sourcing.csv: times of day of contacts and agreements, and the prospects who did not sign. */
export const SOURCING_SEED = 61012;
/** approvals.csv: revision rounds, draft and approval days and their times of day. */
export const APPROVALS_SEED = 71129;
/** Benchmark mode: cohort k draws with seeds derived from this one and k. */
export const BENCHMARK_SEED = 600613;
