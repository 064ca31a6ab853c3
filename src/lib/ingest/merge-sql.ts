import { quoteIdentifier, quoteNumber } from '$lib/sql/quote';
import { FACT_COLUMNS } from './import-csv';

/** Creates an empty campaign facts table with the columns every import produces. */
export function createFactsTableSql(facts: string, like: string): string {
	return `CREATE TABLE IF NOT EXISTS ${quoteIdentifier(facts)} AS
SELECT ${FACT_COLUMNS.join(', ')}, 0::INTEGER AS import_id FROM ${quoteIdentifier(like)} LIMIT 0`;
}

/** Counts the campaign rows an import restates (same period and dimensions). */
export function countReplacedSql(facts: string, incoming: string): string {
	return `SELECT count(*)::INTEGER AS replaced FROM ${quoteIdentifier(facts)}
WHERE _key IN (SELECT _key FROM ${quoteIdentifier(incoming)})`;
}

/**
 * Replaces restated rows and appends the import's rows. Within one file rows are never
 * merged; across imports the later one wins for every key it restates.
 */
export function mergeImportSql(facts: string, incoming: string, importId: number): string {
	return `DELETE FROM ${quoteIdentifier(facts)} WHERE _key IN (SELECT _key FROM ${quoteIdentifier(incoming)});
INSERT INTO ${quoteIdentifier(facts)} SELECT ${FACT_COLUMNS.join(', ')}, ${quoteNumber(importId)}::INTEGER FROM ${quoteIdentifier(incoming)}`;
}
