import { buildCreators } from './data/generator/creators';
import { buildContentPlan } from './data/generator/content-plan';
import { buildMarketFacts } from './data/generator/facts';
import { buildFxRates, toFxLookup } from './data/generator/fx';
import { MARKET_CODES } from './data/generator/markets';
import { CREATORS_SEED, CONTENT_SEED, FACTS_SEEDS, FX_SEED } from './data/generator/seeds';
import { sumFacts, computeMetric, CATALOG_METRICS } from './data/generator/metrics';
import { analyseSplitTest } from './data/generator/split-test';
const creators = buildCreators(CREATORS_SEED);
const plan = buildContentPlan(creators, CONTENT_SEED);
const fx = toFxLookup(buildFxRates(FX_SEED));
const all = MARKET_CODES.flatMap((m) => buildMarketFacts(m, creators, plan, FACTS_SEEDS[m]));
console.log('rows', all.length, 'posts', plan.length);
for (const m of [...MARKET_CODES, 'ALL']) {
  const rows = m === 'ALL' ? all : all.filter((r) => r.market === m);
  const t = sumFacts(rows, fx);
  console.log(m, CATALOG_METRICS.map((k) => `${k}=${(computeMetric(k, t) ?? NaN).toPrecision(3)}`).join(' '));
}
for (const r of analyseSplitTest(all)) console.log(r.scope, 'A', r.arms.A.rows, r.arms.A.posts, r.arms.A.impressions, r.arms.A.ctr.toFixed(5), 'B', r.arms.B.rows, r.arms.B.posts, r.arms.B.impressions, r.arms.B.ctr.toFixed(5), 'lift', r.lift.toFixed(3), 'pRows', r.rowSplitP.toExponential(2), 'pPosts', r.postSplitP.toFixed(3));
import { measureSourcingEffect } from './data/generator/sourcing-effect';
import { measureEvents } from './data/generator/event-sizes';
import { PLANTED_EVENTS } from './data/generator/events';
for (const s of measureSourcingEffect(all, creators)) console.log(s.market, s.existingNetwork.toFixed(4), s.coldOutreach.toFixed(4), s.lift.toFixed(3));
for (const e of measureEvents(all, PLANTED_EVENTS)) console.log(e.event.id, e.value, e.baseline, e.ratio.toFixed(2));
for (const m of MARKET_CODES) for (const p of ['tiktok','instagram','youtube']) { const t = sumFacts(all.filter(r=>r.market===m&&r.platform===p), fx); console.log(m,p,t.posts, computeMetric('er_impressions',t)?.toFixed(4), computeMetric('view_rate',t)?.toFixed(3), computeMetric('cpm',t)?.toFixed(2), t.impressions); }
