import { readFileSync, writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { createNodeEngine } from '$lib/engine/node-engine';
import { importCsv } from '$lib/ingest/import-csv';

const dir = 'tests/fixtures/exports/';
const cases: [string, string | undefined][] = [
['meta_ads-en.csv', undefined],['meta_ads-pt.csv','BR'],['meta_ads-es.csv','MX'],['meta_ads-es-semicolon.csv','AR'],
['tiktok_ads-en-ads-manager.csv','US'],['tiktok_ads-en-studio.csv','US'],['youtube_studio-en.csv','US'],['instagram-en.csv','BR'],
['google_ads-en.csv','US'],['google_ads-es.csv','CO'],['google_ads-es-cp1252.csv','MX'],['google_ads-pt.csv','BR'],['google_ads-pt-weekly.csv','BR'],['google_ads-pt-utf16.csv','BR']];
it('explore', async () => {
	const engine = await createNodeEngine();
	const out: Record<string, unknown> = {};
	for (const [file, market] of cases) {
		try {
			const { report, table } = await importCsv(engine, readFileSync(dir + file), { fileName: file, market });
			const rows = await engine.query(`SELECT _ord, period_start::VARCHAR ps, period_end::VARCHAR pe, date::VARCHAR d, grain, market, platform, creator_id, content_id, currency, impressions, spend FROM "${table}" ORDER BY _ord`);
			out[file] = { report, rows };
			await engine.exec(`DROP TABLE "${table}"`);
		} catch (e) { out[file] = { error: String(e) }; }
	}
	writeFileSync('/tmp/explore/fixtures.json', JSON.stringify(out, null, 1));
	await engine.close();
}, 300000);
