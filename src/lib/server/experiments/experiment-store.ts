import {
	experimentContentSchema,
	experimentIdFor,
	experimentIdSchema,
	sameExperimentName,
	type Experiment,
	type ExperimentContentInput
} from '$lib/domain/experiments/experiment';
import { problem, type Problem } from '$lib/domain/problem';
import { problemText } from '$lib/i18n/problem-text';
import type { Db } from '../database';
import type { Clock } from '../access/sessions';

/** What a guarded save gives: the test saved, or the newer one that made it stale. */
export type ExperimentSaveResult = { saved: Experiment } | { stale: Experiment };

/** A test as another install kept it: everything stored, who created it too. */
export type KeptExperiment = Omit<Experiment, 'content'> & {
	content: ExperimentContentInput;
	createdBy: string | null;
};

/**
 * A save the store refuses whatever the revision: a name another test of the campaign has, or
 * an unknown id. Its problem is worded for the reader; the message is its English wording.
 */
export class ExperimentRefusal extends Error {
	constructor(readonly problem: Problem) {
		super(problemText(problem, 'en'));
	}
}

interface ExperimentRow {
	id: string;
	content: string;
	created_at: string;
	updated_at: string;
	updated_by: string | null;
	revision: number;
}

/**
 * The split tests of campaigns, their content checked by the domain's schema on the way in
 * and out. Edits are guarded by the revision the editor started from.
 */
export class ExperimentStore {
	readonly #db: Db;
	readonly #now: Clock;

	constructor(db: Db, options: { now?: Clock } = {}) {
		this.#db = db;
		this.#now = options.now ?? (() => new Date());
	}

	/** A campaign's tests, oldest first. */
	list(campaignId: string): Experiment[] {
		const rows = this.#db
			.prepare('SELECT * FROM experiment WHERE campaign_id = ? ORDER BY created_at, id')
			.all(campaignId) as ExperimentRow[];
		return rows.map(toExperiment);
	}

	/** One test by id; null if there is none. */
	find(campaignId: string, id: string): Experiment | null {
		const row = this.#db
			.prepare('SELECT * FROM experiment WHERE campaign_id = ? AND id = ?')
			.get(campaignId, id) as ExperimentRow | undefined;
		return row ? toExperiment(row) : null;
	}

	/** One test by its id or its name (case and spacing aside), as the command line names it. */
	lookup(campaignId: string, idOrName: string): Experiment | null {
		return (
			this.find(campaignId, idOrName) ??
			this.list(campaignId).find((test) => sameExperimentName(test.content.name, idOrName)) ??
			null
		);
	}

	/**
	 * Stores a new test at revision 1, its id made from its name; refused when another test of
	 * the campaign has the same name. `id` and `at` are for seeding.
	 */
	create(
		campaignId: string,
		content: ExperimentContentInput,
		by: string | null,
		seed: { id?: string; at?: Date } = {}
	): Experiment {
		const valid = experimentContentSchema.parse(content);
		return this.#db
			.transaction(() => {
				this.#refuseTakenName(campaignId, valid.name, null);
				const taken = new Set(this.list(campaignId).map((test) => test.id));
				const id =
					seed.id === undefined
						? experimentIdFor(valid.name, taken)
						: experimentIdSchema.parse(seed.id);
				if (taken.has(id))
					throw new ExperimentRefusal(problem('problem_experiment_exists', { id }));
				const at = (seed.at ?? this.#now()).toISOString();
				this.#db
					.prepare(
						`INSERT INTO experiment (campaign_id, id, content, created_at, created_by, updated_at,
						updated_by, revision) VALUES (?, ?, ?, ?, ?, ?, ?, 1)`
					)
					.run(campaignId, id, JSON.stringify(valid), at, by, at, by);
				return this.find(campaignId, id)!;
			})
			.immediate();
	}

	/**
	 * Replaces a test's content when `revision` is still its revision; otherwise hands back the
	 * newer test unchanged. Its id stays, whatever its new name.
	 */
	update(
		campaignId: string,
		id: string,
		content: ExperimentContentInput,
		by: string | null,
		revision: number
	): ExperimentSaveResult {
		const valid = experimentContentSchema.parse(content);
		return this.#db
			.transaction((): ExperimentSaveResult => {
				const current = this.find(campaignId, id);
				if (!current) throw new ExperimentRefusal(problem('problem_experiment_unknown', { id }));
				if (current.revision !== revision) return { stale: current };
				this.#refuseTakenName(campaignId, valid.name, id);
				this.#db
					.prepare(
						`UPDATE experiment SET content = ?, updated_at = ?, updated_by = ?,
						revision = revision + 1 WHERE campaign_id = ? AND id = ?`
					)
					.run(JSON.stringify(valid), this.#now().toISOString(), by, campaignId, id);
				return { saved: this.find(campaignId, id)! };
			})
			.immediate();
	}

	/**
	 * Writes a test exactly as it was kept elsewhere (id, content, revision, times and people),
	 * over the test of that id if there is one: a campaign backup brings tests back this way.
	 * Refused when another test of the campaign has its name.
	 */
	restore(campaignId: string, test: KeptExperiment): Experiment {
		const valid = experimentContentSchema.parse(test.content);
		const id = experimentIdSchema.parse(test.id);
		return this.#db
			.transaction(() => {
				this.#refuseTakenName(campaignId, valid.name, id);
				this.#db
					.prepare(
						`INSERT INTO experiment (campaign_id, id, content, created_at, created_by, updated_at,
						updated_by, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
						ON CONFLICT (campaign_id, id) DO UPDATE SET content = excluded.content,
							created_at = excluded.created_at, created_by = excluded.created_by,
							updated_at = excluded.updated_at, updated_by = excluded.updated_by,
							revision = excluded.revision`
					)
					.run(
						campaignId,
						id,
						JSON.stringify(valid),
						test.createdAt,
						test.createdBy,
						test.updatedAt,
						test.updatedBy,
						test.revision
					);
				return this.find(campaignId, id)!;
			})
			.immediate();
	}

	#refuseTakenName(campaignId: string, name: string, except: string | null): void {
		const other = this.list(campaignId).find(
			(test) => test.id !== except && sameExperimentName(test.content.name, name)
		);
		if (other) throw new ExperimentRefusal(problem('problem_experiment_name_taken', { name }));
	}
}

function toExperiment(row: ExperimentRow): Experiment {
	return {
		id: row.id,
		content: experimentContentSchema.parse(JSON.parse(row.content)),
		revision: row.revision,
		createdAt: row.created_at,
		updatedAt: row.updated_at,
		updatedBy: row.updated_by
	};
}
