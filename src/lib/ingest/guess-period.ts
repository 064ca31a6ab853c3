import { parseReportedRange } from './reported-range';

/** `2026.05.05-2026.05.24`, `20260505_20260524`: the range Google Ads puts in download names. */
const NUMERIC_RANGE =
	/(\d{4})[.\-_]?(\d{2})[.\-_]?(\d{2})\s*(?:-|–|_|\.\.|_to_)\s*(\d{4})[.\-_]?(\d{2})[.\-_]?(\d{2})/;

/** `Jan-14-2025_Apr-14-2025`: the range Meta Business Suite puts in download names. */
const NAMED_RANGE = /(\p{L}{3,9})-(\d{1,2})-(\d{4})_(\p{L}{3,9})-(\d{1,2})-(\d{4})/u;

/**
 * The period a file's name says it covers (`Campanhas(2026.05.05-2026.05.24).csv`), as
 * `FROM..TO`, or null. Only ever a guess offered in a question: a name is not the file.
 */
export function guessPeriodFromName(fileName: string): string | null {
	const numeric = NUMERIC_RANGE.exec(fileName);
	const range = numeric
		? parseReportedRange(
				`${numeric[1]}-${numeric[2]}-${numeric[3]} - ${numeric[4]}-${numeric[5]}-${numeric[6]}`
			)
		: namedRange(fileName);
	return range ? `${range.start}..${range.end}` : null;
}

function namedRange(fileName: string) {
	const named = NAMED_RANGE.exec(fileName);
	if (!named) return null;
	return parseReportedRange(
		`${named[1]} ${named[2]}, ${named[3]} - ${named[4]} ${named[5]}, ${named[6]}`
	);
}
