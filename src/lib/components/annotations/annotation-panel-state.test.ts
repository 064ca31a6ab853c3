import { describe, expect, it } from 'vitest';
import { AnnotationPanelState } from './annotation-panel-state.svelte';

const RANGE = { from: '2026-11-10', to: '2026-11-12' };

describe('AnnotationPanelState', () => {
	it('opens on the thread it is given, and on nothing without one', () => {
		expect(new AnnotationPanelState('ann-1').selected).toBe('ann-1');
		expect(new AnnotationPanelState(null).selected).toBeNull();
	});

	it('holds a new annotation or a thread, never both', () => {
		const panel = new AnnotationPanelState('ann-1');
		panel.write(RANGE);
		expect(panel.draft).toEqual(RANGE);
		expect(panel.selected).toBeNull();
		panel.open('ann-2');
		expect(panel.selected).toBe('ann-2');
		expect(panel.draft).toBeNull();
	});

	it('drops a draft on cancel and everything on close', () => {
		const panel = new AnnotationPanelState(null);
		panel.write(RANGE);
		panel.cancel();
		expect(panel.draft).toBeNull();
		panel.open('ann-1');
		panel.close();
		expect(panel.selected).toBeNull();
	});

	it('after a save, leaves annotate mode at once and opens the thread once reloaded', async () => {
		const panel = new AnnotationPanelState(null);
		panel.toggleAnnotating();
		panel.write(RANGE);
		let reloaded!: () => void;
		const saved = panel.saved('ann-new', () => new Promise<void>((done) => (reloaded = done)));
		expect(panel.draft).toBeNull();
		expect(panel.annotating).toBe(false);
		expect(panel.selected).toBeNull();
		reloaded();
		await saved;
		expect(panel.selected).toBe('ann-new');
	});
});
