import type { ExperimentContentInput } from '$lib/domain/experiments/experiment';
import { problem } from '$lib/domain/problem';
import { problemText } from '$lib/i18n/problem-text';
import { ExperimentRefusal, type ExperimentStore } from '../experiments/experiment-store';
import { BackupError, type CheckedDocument } from './backup-format';
import type { MatchedPeople } from './merge-people';

/**
 * Adds the split tests the campaign lacks, by id; of a test both hold, the one saved more often
 * (`revision`) wins, and at the same revision the one changed last. Tests the backup does not
 * hold stay. A test whose name another test here has is refused, with where the file holds it.
 * Returns how many changed.
 */
export function mergeExperiments(
	store: ExperimentStore,
	campaignId: string,
	experiments: CheckedDocument['experiments'],
	to: MatchedPeople['to']
): number {
	let changed = 0;
	for (const [index, test] of experiments.entries()) {
		const stored = store.find(campaignId, test.id);
		if (stored && !isLater(test, stored)) continue;
		try {
			store.restore(campaignId, {
				id: test.id,
				// Checked by the content schema when the file was read; the store checks it again.
				content: test.content as ExperimentContentInput,
				revision: test.revision,
				createdAt: test.created_at,
				createdBy: to(test.created_by),
				updatedAt: test.updated_at,
				updatedBy: to(test.updated_by)
			});
		} catch (error) {
			if (!(error instanceof ExperimentRefusal)) throw error;
			const path = `experiments.${index}.content.name`;
			const detail = problemText(error.problem, 'en');
			throw new BackupError(problem('problem_backup_invalid', { path, detail }));
		}
		changed++;
	}
	return changed;
}

function isLater(
	test: CheckedDocument['experiments'][number],
	stored: { revision: number; updatedAt: string }
): boolean {
	if (test.revision !== stored.revision) return test.revision > stored.revision;
	return test.updated_at > stored.updatedAt;
}
