import { MEASURES, type MappableField, type Platform } from '$lib/domain/facts';
import { problem, type Problem } from '$lib/domain/problem';
import type { ImportOptions } from '$lib/ingest/import-options';
import { mapHeaders } from '$lib/ingest/map-headers';

/**
 * Whether a file dropped into a campaign's inbox can be imported without anybody looking at
 * it, and with which options. The rules, in order:
 *
 * 1. The file's kind is found from its headers alone: the platform the import detects, or,
 *    for a file of no known platform (`generic`), its exact set of headers.
 * 2. A person must have imported one file of that kind into the campaign before (from the
 *    Data page or the command line; the sample's and earlier inbox imports count too): the
 *    latest such import that still counts is the confirmed one. Without it the file waits.
 * 3. The confirmed import's column mapping (the corrections made in the mapping editor) is
 *    applied to the file's headers, over what detection finds.
 * 4. After that the file must give every row a date (a date, publish-time or reporting-start
 *    column) and carry at least one measure; otherwise it waits.
 * 5. The market comes from the file's market column; else from a file-name prefix of a
 *    campaign market and two underscores (`BR__meta-export.csv`); else, for a campaign of one
 *    market, that market. Otherwise the file waits. A prefix wins over a market column, as a
 *    market chosen for the whole file does on the Data page.
 * 6. The currency comes from the file itself (a currency column, a `(BRL)` header suffix,
 *    currency symbols in the cells), else from the market's currency in the campaign. A
 *    currency typed for the confirmed import is reused only when the file's market is found
 *    the same way and is the same (the same market's account bills in the same currency).
 *
 * A market or a date typed for the confirmed import is never reused: each describes that one
 * file, and reusing it would load the next file wrongly.
 */

/** An earlier import of the campaign, as far as the inbox's rules need it. */
export interface ConfirmedImport {
	id: number;
	/** The platform detected when it was imported. */
	platform: Platform;
	/** Every header of its file. */
	headers: readonly string[];
	/** The options it was imported with. */
	options: ImportOptions;
}

/** What is known of a dropped file before it is imported. */
export interface InboxFile {
	/** The file's name in the inbox. */
	name: string;
	/** Its header line, as the import reads it. */
	headers: readonly string[];
	/** The campaign's market codes. */
	markets: readonly string[];
	/** The campaign's imports that count, oldest first. */
	imports: readonly ConfirmedImport[];
}

/** What to do with a dropped file: import it with these options, or leave it with a note. */
export type InboxDecision =
	| { kind: 'import'; platform: Platform; confirmedBy: number; options: ImportOptions }
	| { kind: 'wait'; platform: Platform; note: Problem };

const PLATFORM_LABELS: Record<Platform, string> = {
	meta_ads: 'Meta Ads',
	tiktok_ads: 'TikTok',
	google_ads: 'Google Ads',
	youtube_studio: 'YouTube Studio',
	instagram: 'Instagram',
	generic: 'unrecognised'
};

const TIME_FIELDS: readonly MappableField[] = ['date', 'published_at', 'period_start'];
const MARKET_PREFIX = /^([A-Za-z]{2})__./;

/** Decides how a dropped file is imported, or why it must wait; see the rules above. */
export function decideInboxFile(file: InboxFile): InboxDecision {
	const headers = namedHeaders(file.headers);
	const { platform } = mapHeaders(headers);
	const confirmed = file.imports.findLast(
		(i) => i.platform === platform && (platform !== 'generic' || sameHeaders(i.headers, headers))
	);
	const wait = (note: Problem): InboxDecision => ({ kind: 'wait', platform, note });
	if (!confirmed) {
		return wait(
			platform === 'generic'
				? problem('problem_inbox_unrecognised')
				: problem('problem_inbox_no_confirmed_mapping', { platform: PLATFORM_LABELS[platform] })
		);
	}

	const overrides = confirmed.options.mapping ?? {};
	const fields = new Set(Object.values(mapHeaders(headers, overrides).mapping));
	if (!TIME_FIELDS.some((field) => fields.has(field)))
		return wait(problem('problem_inbox_no_date_column'));
	if (!MEASURES.some((field) => fields.has(field)))
		return wait(problem('problem_inbox_no_measure_column'));

	const market = fileMarket(file.name, fields.has('market'), file.markets);
	if (market.kind === 'unknown') return wait(market.note);

	const given = market.kind === 'given' ? market.code : undefined;
	const sameMarket = confirmed.options.market?.toUpperCase() === given;
	const currency = sameMarket ? confirmed.options.currency : undefined;
	return {
		kind: 'import',
		platform,
		confirmedBy: confirmed.id,
		options: {
			fileName: `inbox/${file.name}`,
			...(given ? { market: given } : {}),
			...(currency ? { currency } : {}),
			...(confirmed.options.mapping ? { mapping: confirmed.options.mapping } : {})
		}
	};
}

/**
 * Why a dropped file cannot be imported whatever it holds, or null: the Data page's rules
 * for uploads (a CSV, TSV or text export within the size limit) and no empty file.
 */
export function inboxFileProblem(name: string, size: number, maxBytes: number): Problem | null {
	if (!/\.(csv|tsv|txt)$/i.test(name)) return problem('problem_inbox_not_csv');
	if (size === 0) return problem('problem_inbox_file_empty');
	if (size > maxBytes)
		return problem('problem_inbox_too_large', { limit: Math.round(maxBytes / 1048576) });
	return null;
}

type FileMarket =
	{ kind: 'column' } | { kind: 'given'; code: string } | { kind: 'unknown'; note: Problem };

/**
 * Where a file's market comes from: a `BR__` name prefix, else its market column, else the
 * campaign's only market.
 */
export function fileMarket(
	name: string,
	hasMarketColumn: boolean,
	markets: readonly string[]
): FileMarket {
	const prefix = MARKET_PREFIX.exec(name)?.[1]?.toUpperCase();
	if (prefix) {
		if (markets.includes(prefix)) return { kind: 'given', code: prefix };
		return {
			kind: 'unknown',
			note: problem('problem_inbox_market_not_in_campaign', {
				market: prefix,
				markets: markets.join(', ')
			})
		};
	}
	if (hasMarketColumn) return { kind: 'column' };
	if (markets.length === 1) return { kind: 'given', code: markets[0]! };
	return {
		kind: 'unknown',
		note: problem('problem_inbox_market_unknown', { file: name, market: markets[0] ?? 'BR' })
	};
}

/** Headers as the import reports them: an empty header is called after its position. */
function namedHeaders(headers: readonly string[]): string[] {
	return headers.map((header, index) => header || `column ${index + 1}`);
}

function sameHeaders(a: readonly string[], b: readonly string[]): boolean {
	const left = [...new Set(a)].sort();
	const right = [...new Set(b)].sort();
	return left.length === right.length && left.every((header, index) => header === right[index]);
}
