import { m } from '$lib/paraglide/messages';

/**
 * Who made or undid an import, for the page to word in the reader's language: an account by its
 * name, an account since removed, or where the change came from when nobody signed in made it.
 */
export type ImportActor =
	| { kind: 'account'; name: string }
	| { kind: 'former_account' }
	| { kind: 'source'; source: string };

const SOURCES: Record<string, () => string> = {
	upload: m.data_source_upload,
	cli: m.data_source_cli,
	inbox: m.data_source_inbox,
	sample: m.data_source_sample
};

// As the maker of an import, the sample reads as the campaign it seeds.
const MAKERS: Record<string, () => string> = { ...SOURCES, sample: m.data_source_sample_campaign };

/** Where an import came from: "upload", "inbox folder"; an unknown source as it is stored. */
export function importSourceLabel(source: string): string {
	return Object.hasOwn(SOURCES, source) ? SOURCES[source]!() : source;
}

/** Who made an import: a name, "former account", or its source ("command line"). */
export function importActorLabel(actor: ImportActor): string {
	if (actor.kind === 'account') return actor.name;
	if (actor.kind === 'former_account') return m.people_audit_former_account();
	return Object.hasOwn(MAKERS, actor.source) ? MAKERS[actor.source]!() : actor.source;
}

/** An undone import's status: "Undone by Ana, 5/11/2026, 10:02" or by the command line. */
export function undoneLabel(by: ImportActor, when: string): string {
	return by.kind === 'source' && by.source === 'cli'
		? m.data_undone_by_cli({ when })
		: m.data_undone_by({ name: importActorLabel(by), when });
}
