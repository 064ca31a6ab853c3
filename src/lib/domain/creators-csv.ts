import { CREATOR_TIERS, SOURCING_CHANNELS, type Creator } from './creators';
import { headerKey, locateColumns, parseCsvRecords, type CsvProblem } from './csv-records';
import { problem, type Problem } from './problem';

const CREATOR_COLUMNS = {
	id: ['creator id', 'id', 'creator', 'influencer id', 'id do criador', 'id del creador'],
	handle: ['handle', 'username', 'user name', 'account', 'usuario', 'nome de usuario', 'perfil'],
	market: ['market', 'country', 'mercado', 'pais'],
	platform: ['platform', 'network', 'social network', 'plataforma', 'red social', 'rede social'],
	followers: ['followers', 'follower count', 'followers count', 'seguidores'],
	tier: ['tier', 'creator tier', 'nivel', 'categoria'],
	sourcing: [
		'sourcing',
		'sourcing channel',
		'source',
		'sourced via',
		'origem',
		'origen',
		'canal de captacao'
	]
} as const;

type CreatorColumn = keyof typeof CREATOR_COLUMNS;

const REQUIRED: readonly CreatorColumn[] = ['id', 'handle', 'market', 'platform'];

const PLATFORM_ALIASES: Record<string, string> = {
	'tik tok': 'tiktok',
	ig: 'instagram',
	insta: 'instagram',
	yt: 'youtube',
	'you tube': 'youtube'
};

const TIER_ALIASES: Record<string, Creator['tier']> = {
	'mid tier': 'mid',
	'mid-tier': 'mid',
	middle: 'mid',
	medium: 'mid'
};

const SOURCING_ALIASES: Record<string, Creator['sourcing']> = {
	'existing network': 'existing_network',
	network: 'existing_network',
	relationship: 'existing_network',
	existing: 'existing_network',
	'rede existente': 'existing_network',
	'red existente': 'existing_network',
	'cold outreach': 'cold_outreach',
	cold: 'cold_outreach',
	outreach: 'cold_outreach',
	prospeccao: 'cold_outreach',
	prospeccion: 'cold_outreach'
};

/** A creators file read: the good rows, and every rejected cell with its line and reason. */
export interface CreatorsCsv {
	creators: Creator[];
	/** Lines of the file whose rows were rejected (each may have several problems). */
	rejectedRows: number;
	problems: CsvProblem[];
}

/**
 * Reads a creators file: a header naming id, handle, market and platform, and optionally
 * followers, tier and sourcing channel (English, Spanish and Portuguese names), then one
 * creator per row. Good rows are kept; a row with a bad cell is rejected with every reason,
 * and so is a second row with an id already read.
 */
export function readCreatorsCsv(text: string, markets: readonly string[]): CreatorsCsv {
	const { delimiter, records } = parseCsvRecords(text);
	const [header, ...rows] = records;
	if (!header) {
		return refused({ line: 1, column: null, value: null, problem: problem('problem_file_empty') });
	}
	const { columns, missing } = locateColumns(header.cells, CREATOR_COLUMNS);
	const missingRequired = missing.filter((f) => REQUIRED.includes(f));
	if (missingRequired.length > 0) {
		return refused({
			line: header.line,
			column: null,
			value: header.cells.join(delimiter),
			problem: problem('problem_creators_header', { missing: missingRequired.join(', ') })
		});
	}
	const creators: Creator[] = [];
	const problems: CsvProblem[] = [];
	const seen = new Map<string, number>();
	let rejectedRows = 0;
	for (const { line, cells } of rows) {
		const found = problems.length;
		const cell = (field: CreatorColumn) => {
			const index = columns[field];
			return index === undefined ? '' : (cells[index] ?? '').trim();
		};
		const refuse = (field: CreatorColumn, found: Problem) =>
			problems.push({
				line,
				column: header.cells[columns[field]!]!.trim(),
				value: cell(field),
				problem: found
			});

		const id = cell('id');
		if (id === '') refuse('id', problem('problem_creator_id_missing'));
		else if (seen.has(id)) {
			refuse('id', problem('problem_creator_id_repeated', { line: seen.get(id)! }));
		}
		const handle = cell('handle').replace(/^@/, '');
		if (handle === '') refuse('handle', problem('problem_creator_handle_missing'));
		const market = cell('market').toUpperCase();
		if (!markets.includes(market)) {
			refuse('market', problem('problem_creator_market', { markets: markets.join(', ') }));
		}
		const platform = readPlatform(cell('platform'));
		if (platform === null) refuse('platform', problem('problem_creator_platform'));
		const followers = readFollowers(cell('followers'));
		if (followers === undefined) refuse('followers', problem('problem_creator_followers'));
		const tier = readChoice(cell('tier'), CREATOR_TIERS, TIER_ALIASES);
		if (tier === undefined) {
			refuse('tier', problem('problem_creator_tier', { tiers: CREATOR_TIERS.join(', ') }));
		}
		const sourcing = readChoice(cell('sourcing'), SOURCING_CHANNELS, SOURCING_ALIASES);
		if (sourcing === undefined) refuse('sourcing', problem('problem_creator_sourcing'));
		if (problems.length > found) {
			rejectedRows++;
			continue;
		}
		seen.set(id, line);
		creators.push({
			id,
			handle,
			market,
			platform: platform!,
			followers: followers!,
			tier: tier!,
			sourcing: sourcing!
		});
	}
	return { creators, rejectedRows, problems };
}

function refused(found: CsvProblem): CreatorsCsv {
	return { creators: [], rejectedRows: 0, problems: [found] };
}

function readPlatform(text: string): string | null {
	const key = headerKey(text);
	const platform = (PLATFORM_ALIASES[key] ?? key).replace(/[\s-]+/g, '_');
	return /^[a-z0-9_]+$/.test(platform) ? platform : null;
}

/** A whole count, thousands grouped by `,`, `.` or a space allowed; null when empty, undefined when bad. */
function readFollowers(text: string): number | null | undefined {
	if (text === '') return null;
	const digits = /^\d{1,3}([,.\s]\d{3})+$/.test(text) ? text.replace(/[,.\s]/g, '') : text;
	return /^\d+$/.test(digits) ? Number(digits) : undefined;
}

/** One of `choices` (or an alias of one); null when empty, undefined when unknown. */
function readChoice<T extends string>(
	text: string,
	choices: readonly T[],
	aliases: Readonly<Record<string, T | null>>
): T | null | undefined {
	if (text === '') return null;
	const key = headerKey(text);
	const underscored = key.replace(/[\s-]+/g, '_') as T;
	if (choices.includes(underscored)) return underscored;
	return aliases[key] ?? undefined;
}
