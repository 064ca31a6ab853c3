import fs from 'node:fs';
import path from 'node:path';
import { BUILT_IN_METRIC_SOURCES } from '$lib/domain/metrics/catalog';
import { checkCustomMetrics, withCustomMetrics } from '$lib/domain/metrics/custom-metrics';
import { checkDefinition, unknownMetric } from '$lib/domain/definition-checks';
import { parseDefinitionsYaml } from '$lib/domain/definitions-yaml';
import { placedProblemText } from '$lib/i18n/definition-text';
import { createNodeEngine } from '$lib/engine/node-engine';
import { importCsv } from '$lib/ingest/import-csv';
import { scoreCampaign } from '$lib/queries/score-campaign';
import { quoteIdentifier } from '$lib/sql/quote';
import { dailyRollupSql } from '$lib/sql/chart-series-sql';
import { scoringBaseSql } from '$lib/sql/scoring-base-sql';
import { campaignAsOf, clockDate } from '$lib/domain/as-of';
import { appContext } from '../app-context';
import { findCampaign } from '../campaign-store';
import { serverConfig } from '../config';
import { scoreStoredCampaign } from '../definitions/score-service';
import type { Command } from './arguments';
import { formatScores, scoreDocument } from './score-document';

type ScoreCommand = Extract<Command, { command: 'score' }>;

/** `parallax score`: a stored campaign, or data files with a definitions file. */
export async function runScore(command: ScoreCommand): Promise<string> {
	const scored = command.campaign ? await scoreStored(command) : await scoreFiles(command);
	const document = scoreDocument(scored);
	return command.json ? JSON.stringify(document, null, 2) : formatScores(document);
}

async function scoreStored(command: ScoreCommand) {
	const context = await appContext(serverConfig());
	const campaign = findCampaign(context.db, command.campaign!);
	if (!campaign) throw new Error(`no campaign with id ${JSON.stringify(command.campaign)}`);
	return scoreStoredCampaign(context, campaign, {
		from: command.from,
		to: command.to,
		asOf: command.asOf,
		versions: command.versions
	});
}

/**
 * Scores files without a stored campaign: they are read by the same import, money is taken as
 * it is (so all rows must share one currency), and the markets are those in the data.
 */
async function scoreFiles(command: ScoreCommand) {
	const file = command.definitions!;
	if (!fs.existsSync(file)) throw new Error(`${file}: no such file`);
	const engine = await createNodeEngine();
	try {
		const tables: string[] = [];
		for (const data of command.files) {
			if (!fs.existsSync(data)) throw new Error(`${data}: no such file`);
			const bytes = new Uint8Array(fs.readFileSync(data));
			const { table } = await importCsv(engine, bytes, { fileName: path.basename(data) });
			tables.push(table);
		}
		await engine.exec(
			`CREATE TABLE facts AS ${tables.map((t) => `SELECT * FROM ${quoteIdentifier(t)}`).join(' UNION ALL ')}`
		);
		await engine.exec(scoringBaseSql('facts', null, 'scoring_base'));
		await engine.exec(dailyRollupSql('facts', null, 'scoring_daily'));
		const [span] = await engine.query(
			'SELECT min(date)::VARCHAR AS first, max(date)::VARCHAR AS last FROM scoring_base'
		);
		const distinct = async (column: string) =>
			(
				await engine.query(
					`SELECT DISTINCT ${quoteIdentifier(column)} AS value FROM facts
					WHERE ${quoteIdentifier(column)} IS NOT NULL ORDER BY 1`
				)
			).map((row) => String(row.value));
		const markets = await distinct('market');
		const currencies = await distinct('currency');
		if (currencies.length > 1) {
			throw new Error(
				`the files hold ${currencies.join(', ')}: store them in a campaign with FX rates (--campaign) to score money in one currency`
			);
		}
		const parsed = parseDefinitionsYaml(fs.readFileSync(file, 'utf8'), {
			metrics: (added) => checkCustomMetrics(BUILT_IN_METRIC_SOURCES, added),
			definition: (entry, _index, added) =>
				checkDefinition(entry.content, {
					markets,
					metrics: withCustomMetrics(BUILT_IN_METRIC_SOURCES, added)
				}),
			metricName: (name, added) =>
				unknownMetric(name, withCustomMetrics(BUILT_IN_METRIC_SOURCES, added))
		});
		if (!parsed.ok) {
			const first = parsed.errors
				.map(
					(e) =>
						`${file}${e.line ? `:${e.line}` : ''}: ${e.path ? `${e.path}: ` : ''}${placedProblemText(e, 'en')}`
				)
				.join('; ');
			throw new Error(first);
		}
		const last = (span?.last as string | null) ?? null;
		const asOf = campaignAsOf(command.asOf ?? clockDate(serverConfig().now), last);
		const range = { from: command.from ?? (span?.first as string) ?? asOf, to: command.to ?? asOf };
		const { results, divergences } = await scoreCampaign(
			engine,
			{ base: 'scoring_base', fx: null, daily: 'scoring_daily' },
			{
				definitions: parsed.entries.map((e) => ({ ...e.content, version: 1, signedOff: false })),
				markets,
				range,
				campaign: { start: (span?.first as string) ?? range.from, end: last ?? range.to },
				reportingCurrency: currencies[0] ?? 'USD'
			},
			withCustomMetrics(BUILT_IN_METRIC_SOURCES, parsed.metrics)
		);
		return { range, asOf, results, divergences };
	} finally {
		await engine.close();
	}
}
