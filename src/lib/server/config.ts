import path from 'node:path';
import { z } from 'zod';

const environmentSchema = z.object({
	PARALLAX_DATA_DIR: z.string().min(1).default('.parallax'),
	PARALLAX_NOW: z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}/, 'PARALLAX_NOW must start with a date as YYYY-MM-DD')
		.optional(),
	PARALLAX_SAMPLE_DIR: z.string().min(1).default('data/sample'),
	PARALLAX_MAX_UPLOAD_MB: z.coerce.number().positive().max(2048).default(200),
	PARALLAX_SINGLE_USER: z
		.enum(['', '0', '1', 'false', 'true'], {
			message: 'PARALLAX_SINGLE_USER must be 1 or true to turn single-user mode on'
		})
		.default(''),
	PARALLAX_INBOX_POLL_MS: z.coerce
		.number({ message: 'PARALLAX_INBOX_POLL_MS must be a number of milliseconds' })
		.int()
		.min(0)
		.default(2000),
	PARALLAX_WATCH_MS: z.coerce
		.number({ message: 'PARALLAX_WATCH_MS must be a number of milliseconds' })
		.int()
		.min(100)
		.default(1000),
	// adapter-node's own variables: where the server listens.
	HOST: z.string().min(1).optional(),
	SOCKET_PATH: z.string().min(1).optional()
});

/** Server settings, read and checked once from the environment. */
export interface ServerConfig {
	dataDir: string;
	sampleDir: string;
	/** The clock set for tests and demos (ISO date), or null for the real date. */
	now: string | null;
	maxUploadBytes: number;
	/** Everyone acts as the administrator without signing in (loopback only, for demos). */
	singleUser: boolean;
	/** How often campaign inboxes are looked at, in milliseconds; 0 leaves them unwatched. */
	inboxPollMs: number;
	/** How often a campaign open in some page is looked at for new data or annotations. */
	watchMs: number;
	/** Where the server listens, as adapter-node was told: null when left to its default. */
	listen: { host: string | null; socketPath: string | null };
}

let config: ServerConfig | null = null;

/** The server's settings; throws a readable message naming the bad variable. */
export function serverConfig(env: Record<string, string | undefined> = process.env): ServerConfig {
	if (config && env === process.env) return config;
	const parsed = environmentSchema.safeParse(env);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		throw new Error(`invalid environment: ${issue.path.join('.')}: ${issue.message}`);
	}
	const value: ServerConfig = {
		dataDir: path.resolve(parsed.data.PARALLAX_DATA_DIR),
		sampleDir: path.resolve(parsed.data.PARALLAX_SAMPLE_DIR),
		now: parsed.data.PARALLAX_NOW?.slice(0, 10) ?? null,
		maxUploadBytes: parsed.data.PARALLAX_MAX_UPLOAD_MB * 1024 * 1024,
		singleUser: ['1', 'true'].includes(parsed.data.PARALLAX_SINGLE_USER),
		inboxPollMs: parsed.data.PARALLAX_INBOX_POLL_MS,
		watchMs: parsed.data.PARALLAX_WATCH_MS,
		listen: { host: parsed.data.HOST ?? null, socketPath: parsed.data.SOCKET_PATH ?? null }
	};
	if (env === process.env) config = value;
	return value;
}
