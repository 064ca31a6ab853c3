import { afterEach, describe, expect, it } from 'vitest';
import { baseLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { noticeText, refusalText } from './section-notice';

describe('settings notices', () => {
	afterEach(() => overwriteGetLocale(() => baseLocale));

	it('say how many changes were saved, or that nothing changed', () => {
		expect(noticeText({ kind: 'saved', changes: 0 })).toBe('Nothing changed.');
		expect(noticeText({ kind: 'saved', changes: 1 })).toBe('Saved 1 change.');
		expect(noticeText({ kind: 'saved', changes: 3 })).toBe('Saved 3 changes.');
		overwriteGetLocale(() => 'es');
		expect(noticeText({ kind: 'saved', changes: 1 })).toBe('Se guardó 1 cambio.');
		overwriteGetLocale(() => 'pt');
		expect(noticeText({ kind: 'saved', changes: 2 })).toBe('2 alterações salvas.');
	});

	it('say what an FX action set or removed', () => {
		expect(noticeText({ kind: 'rate_set', currency: 'BRL', rate: 0.1835, days: 1 })).toBe(
			'Set BRL at 0.1835 for 1 day.'
		);
		expect(noticeText({ kind: 'rates_removed', currency: 'MXN', count: 4 })).toBe(
			'Removed 4 MXN rates.'
		);
		expect(
			noticeText({
				kind: 'rates_uploaded',
				file: 'launch-us-br-fx.csv',
				count: 62,
				currencies: ['USD', 'BRL']
			})
		).toBe('Set 62 rates (USD, BRL) from launch-us-br-fx.csv.');
		overwriteGetLocale(() => 'es');
		expect(noticeText({ kind: 'rates_removed', currency: 'MXN', count: 1 })).toBe(
			'Se quitó 1 tasa de MXN.'
		);
	});

	it('count the creators a file added, updated, removed and rejected', () => {
		const upload = {
			kind: 'creators_uploaded' as const,
			file: 'creators.csv',
			added: 3,
			updated: 0,
			removed: null,
			rejected: 1
		};
		expect(noticeText(upload)).toBe(
			'Creators from creators.csv: 3 added, 0 updated, 1 row rejected.'
		);
		expect(noticeText({ ...upload, removed: 2, rejected: 0 })).toBe(
			'Creators from creators.csv: 3 added, 0 updated, 2 removed.'
		);
		overwriteGetLocale(() => 'pt');
		expect(noticeText({ ...upload, updated: 2 })).toBe(
			'Criadores de creators.csv: 3 adicionados, 2 atualizados, 1 linha rejeitada.'
		);
	});

	it('say why a file saved nothing', () => {
		expect(refusalText({ kind: 'fx_problems', file: 'fx.csv', problems: 2 })).toBe(
			'fx.csv: nothing was saved; 2 problems to mend first.'
		);
		expect(refusalText({ kind: 'no_creators', file: 'c.csv' })).toBe(
			'c.csv: no creator could be read, so nothing was saved.'
		);
		overwriteGetLocale(() => 'es');
		expect(refusalText({ kind: 'fx_problems', file: 'fx.csv', problems: 1 })).toBe(
			'fx.csv: no se guardó nada; antes hay que corregir 1 problema.'
		);
	});

	it('count the sourcing, approval and actual phase records a file set', () => {
		const upload = {
			kind: 'timeline_records_uploaded' as const,
			records: 'approvals' as const,
			file: 'approvals.csv',
			added: 1,
			updated: 4,
			removed: null,
			rejected: 2
		};
		expect(noticeText(upload)).toBe(
			'Approvals from approvals.csv: 1 added, 4 updated, 2 rows rejected.'
		);
		expect(noticeText({ ...upload, records: 'sourcing', removed: 3, rejected: 0 })).toBe(
			'Sourcing from approvals.csv: 1 added, 4 updated, 3 removed.'
		);
		const phases = {
			kind: 'actual_phases_uploaded' as const,
			file: 'p.csv',
			phases: 1,
			rejected: 1
		};
		expect(noticeText(phases)).toBe('Actual phases from p.csv: 1 phase set, 1 row rejected.');
		overwriteGetLocale(() => 'es');
		expect(noticeText({ ...upload, removed: 0 })).toBe(
			'Aprobaciones de approvals.csv: 1 agregado, 4 actualizados, 0 eliminados, 2 filas rechazadas.'
		);
		overwriteGetLocale(() => 'pt');
		expect(noticeText({ ...phases, phases: 3, rejected: 0 })).toBe(
			'Fases reais de p.csv: 3 fases registradas.'
		);
		expect(refusalText({ kind: 'no_timeline_records', records: 'sourcing', file: 's.csv' })).toBe(
			's.csv: não foi possível ler nenhuma linha de captação, então nada foi salvo.'
		);
		overwriteGetLocale(() => 'en');
		expect(refusalText({ kind: 'no_actual_phases', file: 'p.csv' })).toBe(
			'p.csv: no actual phase could be read, so nothing was saved.'
		);
	});
});
