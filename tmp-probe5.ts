import { buildSampleTables } from './data/generator/sample-tables';
import { measureSample, checkPlantedPatterns } from './data/generator/findings';
const f = measureSample(buildSampleTables());
console.log(checkPlantedPatterns(f));
console.log(f.sourcing.map(s=>`${s.market} ${(s.lift*100).toFixed(1)}%`).join('  '));
console.log(f.splitTest.map(s=>`${s.scope} ${(s.lift*100).toFixed(1)}% p=${s.rowSplitP.toExponential(1)}`).join('  '));
console.log(f.events.map(e=>`${e.event.id} ${e.ratio.toFixed(2)}`).join('  '));
console.log(f.pacing.map(e=>`${e.market} ${(e.share*100).toFixed(1)}%`).join('  '));
for (const c of f.crossRead) console.log(c.market, c.reading.definition, c.reading.score.toFixed(2), c.reading.kpis.map(k=>`${k.metric}=${k.actual?.toPrecision(3)}(${k.attainment?.toFixed(2)} ${k.verdict})`).join(' '));
