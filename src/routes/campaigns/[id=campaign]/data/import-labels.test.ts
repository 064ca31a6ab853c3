import { afterEach, describe, expect, it } from 'vitest';
import { baseLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { importActorLabel, importSourceLabel, undoneLabel } from './import-labels';

describe('import labels', () => {
	afterEach(() => overwriteGetLocale(() => baseLocale));

	it('name who made an import: a person, a removed account, or where it came from', () => {
		expect(importActorLabel({ kind: 'account', name: 'Ana Souza' })).toBe('Ana Souza');
		expect(importActorLabel({ kind: 'former_account' })).toBe('former account');
		expect(importActorLabel({ kind: 'source', source: 'inbox' })).toBe('inbox folder');
		expect(importActorLabel({ kind: 'source', source: 'sample' })).toBe('sample campaign');
		overwriteGetLocale(() => 'es');
		expect(importActorLabel({ kind: 'source', source: 'cli' })).toBe('línea de comandos');
		expect(importActorLabel({ kind: 'former_account' })).toBe('cuenta eliminada');
	});

	it('read a source in the reader’s language, and an unknown one as it is stored', () => {
		expect(importSourceLabel('sample')).toBe('sample');
		overwriteGetLocale(() => 'pt');
		expect(importSourceLabel('upload')).toBe('envio');
		expect(importSourceLabel('ftp')).toBe('ftp');
	});

	it('say who undid an import, the command line in its own words', () => {
		const when = '11/5/2026, 10:02:00';
		expect(undoneLabel({ kind: 'account', name: 'Ana Souza' }, when)).toBe(
			`Undone by Ana Souza, ${when}`
		);
		expect(undoneLabel({ kind: 'source', source: 'cli' }, when)).toBe(
			`Undone by the command line, ${when}`
		);
		overwriteGetLocale(() => 'pt');
		expect(undoneLabel({ kind: 'former_account' }, when)).toBe(
			`Desfeita por conta removida, ${when}`
		);
	});
});
