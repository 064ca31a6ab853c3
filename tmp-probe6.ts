import { buildSampleTables } from './data/generator/sample-tables';
const t = buildSampleTables();
for (const m of ['CO','AR'] as const) {
  const rows = t.facts[m];
  for (const c of t.creators.filter(c=>c.market===m).sort((a,b)=>a.tier.localeCompare(b.tier)||a.platform.localeCompare(b.platform))) {
    const rs = rows.filter(r=>r.creator_id===c.creator_id);
    const e=rs.reduce((s,r)=>s+r.likes+r.comments+r.shares+r.saves,0), i=rs.reduce((s,r)=>s+r.impressions,0), sp=rs.reduce((s,r)=>s+r.spend,0);
    const posts = t.content.filter(p=>p.creator_id===c.creator_id).map(p=>p.published_on.slice(8)).join(',');
    console.log(m, c.creator_id, c.sourcing.padEnd(16), c.tier.padEnd(5), c.platform.padEnd(9), String(c.followers).padStart(8), c.quality.toFixed(2), posts.padEnd(12), String(i).padStart(9), (100*e/i).toFixed(2), Math.round(sp));
  }
}
