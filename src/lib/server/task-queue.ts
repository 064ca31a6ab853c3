/**
 * Runs async tasks one at a time. The Node engine has one connection; two requests
 * interleaving their statements (a merge inside another's transaction) would corrupt both.
 */
export class TaskQueue {
	#tail: Promise<unknown> = Promise.resolve();

	/** Runs `task` after every task queued before it, and returns its result. */
	run<T>(task: () => Promise<T>): Promise<T> {
		const result = this.#tail.then(task, task);
		this.#tail = result.catch(() => undefined);
		return result;
	}
}
