import type { DefinitionVersion } from './definitions';

/** A definition's new version taking effect, for a band on the charts. */
export interface DefinitionChange {
	id: string;
	team: string;
	version: number;
	/** The day its last signatory signed it off (UTC), from which it is scored. */
	date: string;
}

/**
 * When each later version of a definition took effect: the day its sign-off completed. The
 * first version is the agreement itself; drafts have not taken effect.
 */
export function definitionChanges(versions: readonly DefinitionVersion[]): DefinitionChange[] {
	return versions
		.filter((v) => v.version > 1 && v.signedOff)
		.map((v) => ({
			id: v.id,
			team: v.team,
			version: v.version,
			date: v.signatories
				.map((s) => s.signedAt!)
				.sort()
				.at(-1)!
				.slice(0, 10)
		}))
		.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}
