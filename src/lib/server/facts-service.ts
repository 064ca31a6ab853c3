import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { tableToIPC } from 'apache-arrow';
import type { Engine } from '$lib/engine/engine';
import { createNodeEngine } from '$lib/engine/node-engine';
import { importCsv } from '$lib/ingest/import-csv';
import { importOptionsSchema, type ImportOptions } from '$lib/ingest/import-options';
import type { ImportReport } from '$lib/ingest/report';
import { countReplacedSql, createFactsTableSql, mergeImportSql } from '$lib/ingest/merge-sql';
import { quoteIdentifier } from '$lib/sql/quote';
import type { Campaign } from '$lib/domain/campaign';
import { checkGivenMarket, withCampaign } from '$lib/ingest/campaign-options';
import type { Db } from './database';
import {
	contentHash,
	factsSignature,
	findImport,
	insertImport,
	listActiveImports,
	listImports,
	readOriginal,
	setImportUndone,
	storeOriginal,
	type StoredImport
} from './import-store';
import { TaskQueue } from './task-queue';

/** Columns the browser receives: everything but the extras map and the merge key. */
export const BROWSER_COLUMNS = `period_start, period_end, grain, date, market, platform, creator_id,
	content_id, variant, currency, impressions, views, likes, comments, shares, saves, clicks,
	conversions, spend, revenue, reach, followers, import_id`;

/** The result of importing a file into a campaign. */
export interface CampaignImport {
	report: ImportReport;
	/** The stored import's id; null when the same bytes with the same options were already imported. */
	importId: number | null;
}

/** The outcome of undoing or redoing an import. */
export interface ImportToggle {
	/** The import as it now stands. */
	entry: StoredImport;
	/** False when it already was in the asked state (nothing was rebuilt). */
	changed: boolean;
}

/**
 * Keeps each campaign's canonical facts in a Node DuckDB, built from its stored imports by
 * the same import code the browser runs, cached on disk as Arrow IPC and handed to pages in
 * that form. All work on the engine goes through one queue.
 */
export class FactsService {
	readonly #queue = new TaskQueue();
	readonly #loaded = new Map<string, string>();
	#engine: Promise<Engine> | null = null;

	constructor(
		private readonly db: Db,
		private readonly dataDir: string
	) {}

	/** The campaign's facts as an Arrow IPC stream of BROWSER_COLUMNS. */
	factsArrow(campaignId: string): Promise<Uint8Array> {
		return this.#queue.run(async () => {
			const engine = await this.#ready(campaignId);
			const table = await engine.queryArrow(
				`SELECT ${BROWSER_COLUMNS} FROM ${factsTable(campaignId)} ORDER BY period_start, market`
			);
			return tableToIPC(table, 'stream');
		});
	}

	/**
	 * Lends the engine holding the campaign's facts (its table name given unquoted) for work
	 * that needs more than one query, such as building a roll-up and scoring from it. The work
	 * must not change the facts table.
	 */
	useEngine<T>(
		campaignId: string,
		work: (engine: Engine, facts: string) => Promise<T>
	): Promise<T> {
		return this.#queue.run(async () => work(await this.#ready(campaignId), rawName(campaignId)));
	}

	/** Runs a read-only query against the campaign's facts table, named `facts` in the SQL. */
	queryFacts<T extends Record<string, unknown>>(
		campaignId: string,
		sql: (facts: string) => string
	): Promise<T[]> {
		return this.#queue.run(async () => {
			const engine = await this.#ready(campaignId);
			return (await engine.query(sql(factsTable(campaignId)))) as T[];
		});
	}

	/**
	 * Imports a file into a campaign, all or nothing: the rows, the original bytes and the
	 * import record are committed together, or the campaign keeps its previous data.
	 */
	importFile(
		campaign: Campaign,
		bytes: Uint8Array,
		options: ImportOptions,
		source: 'upload' | 'cli' | 'sample' | 'inbox',
		importedBy: string | null = null
	): Promise<CampaignImport> {
		return this.#queue.run(async () => {
			checkGivenMarket(campaign, options);
			const engine = await this.#ready(campaign.id);
			const full = storedOptions(withCampaign(campaign, options));
			const { report, table } = await importCsv(engine, bytes, full);
			try {
				const [counted] = await engine.query<{ replaced: number }>(
					countReplacedSql(rawName(campaign.id), table)
				);
				report.rows.replaced = counted!.replaced;
				const hash = contentHash(bytes);
				// An undone import is no duplicate: uploading its file again imports it anew, as the
				// latest import, so that its rows win over every earlier one as any upload's do.
				const duplicate = listActiveImports(this.db, campaign.id).some(
					(i) => i.contentHash === hash && isDeepStrictEqual(i.options, full)
				);
				if (duplicate) return { report, importId: null };
				storeOriginal(this.dataDir, bytes);
				return {
					report,
					importId: await this.#commit(engine, campaign.id, table, {
						campaignId: campaign.id,
						fileName: options.fileName,
						contentHash: hash,
						byteSize: bytes.length,
						options: full,
						report,
						source,
						importedBy
					})
				};
			} finally {
				await engine.exec(`DROP TABLE IF EXISTS ${quoteIdentifier(table)}`);
			}
		});
	}

	/**
	 * Undoes an import: its rows leave the facts and the rows it had replaced come back, as if
	 * it had never been made. The record and the original file stay, so it can be redone.
	 * Resolves to null when the campaign has no such import.
	 */
	undoImport(
		campaignId: string,
		importId: number,
		by: string | null,
		now = new Date()
	): Promise<ImportToggle | null> {
		return this.#queue.run(() => this.#toggle(campaignId, importId, { by, at: now }));
	}

	/**
	 * Redoes an undone import: its rows take their place again in the order of imports, so a
	 * later import still wins over it wherever the two overlap. Null when there is no such import.
	 */
	redoImport(campaignId: string, importId: number): Promise<ImportToggle | null> {
		return this.#queue.run(() => this.#toggle(campaignId, importId, null));
	}

	/**
	 * Rebuilds the facts without (or with) one import beside the current ones, and swaps them in
	 * only once they are built: a failure on the way leaves the import and the facts as they were.
	 */
	async #toggle(
		campaignId: string,
		importId: number,
		undone: { by: string | null; at: Date } | null
	): Promise<ImportToggle | null> {
		const entry = findImport(this.db, campaignId, importId);
		if (!entry) return null;
		if ((entry.undoneAt === null) === (undone === null)) return { entry, changed: false };
		const engine = await this.#engineReady();
		const remaining = listImports(this.db, campaignId).filter((i) =>
			i.id === importId ? undone === null : i.undoneAt === null
		);
		const next = `${rawName(campaignId)}__next`;
		try {
			await this.#build(engine, next, remaining);
		} catch (error) {
			await engine.exec(`DROP TABLE IF EXISTS ${quoteIdentifier(next)}`);
			throw error;
		}
		setImportUndone(this.db, campaignId, importId, undone);
		try {
			await engine.exec(`BEGIN TRANSACTION;
DROP TABLE IF EXISTS ${factsTable(campaignId)};
ALTER TABLE ${quoteIdentifier(next)} RENAME TO ${factsTable(campaignId)};
COMMIT`);
		} catch (error) {
			// The record has changed; the next load rebuilds the facts from it.
			await engine.exec('ROLLBACK').catch(() => undefined);
			this.#loaded.delete(campaignId);
			throw error;
		}
		await this.#writeCache(engine, campaignId);
		return { entry: findImport(this.db, campaignId, importId)!, changed: true };
	}

	/**
	 * Merges an import's rows and records it in one step across both stores: SQLite and DuckDB
	 * commit together or both roll back. A crash between the two commits leaves a cache whose
	 * signature no longer matches the imports, so the facts are rebuilt on the next load.
	 */
	async #commit(
		engine: Engine,
		campaignId: string,
		table: string,
		entry: Parameters<typeof insertImport>[1]
	): Promise<number> {
		this.db.exec('BEGIN IMMEDIATE');
		await engine.exec('BEGIN TRANSACTION');
		try {
			const importId = insertImport(this.db, entry);
			await engine.exec(mergeImportSql(rawName(campaignId), table, importId));
			await engine.exec('COMMIT');
			this.db.exec('COMMIT');
			await this.#writeCache(engine, campaignId);
			return importId;
		} catch (error) {
			if (this.db.inTransaction) this.db.exec('ROLLBACK');
			await engine.exec('ROLLBACK').catch(() => undefined);
			this.#loaded.delete(campaignId);
			throw error;
		}
	}

	async #engineReady(): Promise<Engine> {
		this.#engine ??= createNodeEngine();
		return this.#engine;
	}

	/** Loads a campaign's facts into the engine: from the cache when it matches the imports, else rebuilt. */
	async #ready(campaignId: string): Promise<Engine> {
		const engine = await this.#engineReady();
		const imports = listActiveImports(this.db, campaignId);
		const signature = factsSignature(imports);
		if (this.#loaded.get(campaignId) === signature) return engine;
		const cache = cachePaths(this.dataDir, campaignId);
		const cached = readSignature(cache.signature);
		if (cached === signature && fs.existsSync(cache.arrow) && signature !== '') {
			await engine.loadArrow(rawName(campaignId), fs.readFileSync(cache.arrow));
		} else {
			await this.#build(engine, rawName(campaignId), imports);
			this.#loaded.set(campaignId, signature);
			await this.#writeCache(engine, campaignId);
		}
		this.#loaded.set(campaignId, signature);
		return engine;
	}

	/** Builds a facts table from scratch by replaying imports in order, as each was merged. */
	async #build(engine: Engine, facts: string, imports: readonly StoredImport[]): Promise<void> {
		await engine.exec(`DROP TABLE IF EXISTS ${quoteIdentifier(facts)}`);
		for (const stored of imports) {
			const bytes = readOriginal(this.dataDir, stored.contentHash);
			const { table } = await importCsv(engine, bytes, stored.options);
			try {
				await engine.exec(createFactsTableSql(facts, table));
				await engine.exec(mergeImportSql(facts, table, stored.id));
			} finally {
				await engine.exec(`DROP TABLE IF EXISTS ${quoteIdentifier(table)}`);
			}
		}
		if (imports.length === 0) await createEmptyFacts(engine, facts);
	}

	async #writeCache(engine: Engine, campaignId: string): Promise<void> {
		const cache = cachePaths(this.dataDir, campaignId);
		fs.mkdirSync(path.dirname(cache.arrow), { recursive: true });
		const ipc = tableToIPC(
			await engine.queryArrow(`SELECT * FROM ${factsTable(campaignId)}`),
			'stream'
		);
		const signature = factsSignature(listImports(this.db, campaignId));
		const temporary = `${cache.arrow}.${process.pid}.tmp`;
		fs.writeFileSync(temporary, ipc);
		fs.renameSync(temporary, cache.arrow);
		fs.writeFileSync(cache.signature, signature);
		this.#loaded.set(campaignId, signature);
	}
}

/** Options as they are stored and compared: checked, normalised, without undefined keys. */
function storedOptions(options: ImportOptions): ImportOptions {
	return JSON.parse(JSON.stringify(importOptionsSchema.parse(options)));
}

function rawName(campaignId: string): string {
	return `facts_${campaignId}`;
}

function factsTable(campaignId: string): string {
	return quoteIdentifier(rawName(campaignId));
}

function cachePaths(dataDir: string, campaignId: string) {
	const dir = path.join(dataDir, 'facts');
	return {
		arrow: path.join(dir, `${campaignId}.arrow`),
		signature: path.join(dir, `${campaignId}.imports`)
	};
}

function readSignature(file: string): string | null {
	return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
}

async function createEmptyFacts(engine: Engine, table: string): Promise<void> {
	await engine.exec(`CREATE TABLE IF NOT EXISTS ${quoteIdentifier(table)} (
	period_start DATE, period_end DATE, grain VARCHAR, date DATE, market VARCHAR, platform VARCHAR,
	creator_id VARCHAR, content_id VARCHAR, variant VARCHAR, currency VARCHAR,
	impressions DOUBLE, views DOUBLE, likes DOUBLE, comments DOUBLE, shares DOUBLE, saves DOUBLE,
	clicks DOUBLE, conversions DOUBLE, spend DOUBLE, revenue DOUBLE, reach DOUBLE, followers DOUBLE,
	extras VARCHAR[], _key UBIGINT, _ord BIGINT, import_id INTEGER)`);
}
