import { buildCreators } from './data/generator/creators';
import { buildContentPlan } from './data/generator/content-plan';
import { buildMarketFacts } from './data/generator/facts';
import { MARKET_CODES } from './data/generator/markets';
import { CREATORS_SEED, CONTENT_SEED, FACTS_SEEDS } from './data/generator/seeds';
import { measureSourcingEffect } from './data/generator/sourcing-effect';
import { analyseSplitTest } from './data/generator/split-test';
const creators = buildCreators(CREATORS_SEED);
const plan = buildContentPlan(creators, CONTENT_SEED);
const all = MARKET_CODES.flatMap((m) => buildMarketFacts(m, creators, plan, FACTS_SEEDS[m]));
console.log(measureSourcingEffect(all, creators).map(s=>`${s.market} ${(s.lift*100).toFixed(1)}%`).join('  '));
console.log(analyseSplitTest(all).map(s=>`${s.scope} ${(s.lift*100).toFixed(1)}% p=${s.rowSplitP.toExponential(1)}`).join('  '));
// per-creator ER
for (const m of MARKET_CODES) { const cs = creators.filter(c=>c.market===m); console.log(m, cs.map(c=>{const rs=all.filter(r=>r.creator_id===c.creator_id); const e=rs.reduce((s,r)=>s+r.likes+r.comments+r.shares+r.saves,0), i=rs.reduce((s,r)=>s+r.impressions,0); return `${c.sourcing[0]}${c.tier[0]}${c.platform[0]}:${(100*e/i).toFixed(2)}`}).join(' ')); }
