/**
 * When a file dropped into an inbox is complete. Writers are expected to write under a
 * temporary name and rename when done; a writer that writes in place is still caught by the
 * second rule, as long as it does not pause for longer than one poll between two writes.
 */

/** What the inbox remembers of a file between two looks. */
export interface FileStamp {
	size: number;
	mtimeMs: number;
}

// Partial downloads and copies: curl, wget and browsers write `.part`, many tools `.tmp`,
// rsync and editors a dot-file; `.crdownload` is Chromium's, `.partial` Firefox's on some systems.
const PARTIAL = /\.(tmp|part|partial|crdownload)$/i;

/**
 * True for a name the inbox may import: not hidden (dot-files are the inbox's own notes and
 * other tools' temporary files) and not a partial file still being written.
 */
export function isInboxCandidate(name: string): boolean {
	return !name.startsWith('.') && !PARTIAL.test(name);
}

/**
 * The files whose size and modification time did not change between the previous look and
 * this one: a file seen for the first time is never settled, so every file waits for one
 * whole poll interval of quiet before it is read.
 */
export function settledFiles(
	previous: ReadonlyMap<string, FileStamp>,
	current: ReadonlyMap<string, FileStamp>
): string[] {
	return [...current]
		.filter(([name, stamp]) => {
			const before = previous.get(name);
			return before !== undefined && before.size === stamp.size && before.mtimeMs === stamp.mtimeMs;
		})
		.map(([name]) => name);
}
