import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ANNOTATION_KINDS, type AnnotationContentInput } from '$lib/domain/annotations';
import type { AnnotationStore } from './annotations/annotation-store';

/** annotations.json as the sample generator writes it (data/README.md): snake_case, people by id. */
const sampleAnnotationsSchema = z.array(
	z.object({
		id: z.string(),
		kind: z.enum(ANNOTATION_KINDS),
		title: z.string(),
		body: z.string(),
		author: z.string(),
		created_at: z.iso.datetime(),
		scope: z.object({
			markets: z.array(z.string()),
			metrics: z.array(z.string()),
			platforms: z.array(z.string()).optional(),
			variants: z.array(z.string()).optional()
		}),
		time: z.union([z.object({ at: z.string() }), z.object({ from: z.string(), to: z.string() })]),
		links: z.array(z.string()),
		why: z.string().optional(),
		alternatives: z.array(z.string()).optional(),
		expected_effect: z
			.object({
				metric: z.string(),
				direction: z.enum(['up', 'down']),
				by: z.string().optional()
			})
			.optional(),
		positions: z
			.array(
				z.object({
					party: z.string(),
					person: z.string(),
					reading: z.string(),
					argument: z.string()
				})
			)
			.optional(),
		resolution: z
			.object({ outcome: z.string(), person: z.string(), at: z.string() })
			.nullable()
			.optional()
	})
);
type SampleAnnotation = z.infer<typeof sampleAnnotationsSchema>[number];

/**
 * Stores the sample campaign's annotations (annotations.json) with their ids and creation
 * times, authored by the demo people's accounts, unless the campaign has annotations already.
 * A person without an account leaves the author empty and a position without an account id.
 */
export function ensureSampleAnnotations(
	store: AnnotationStore,
	campaignId: string,
	accountOf: Map<string, string>,
	sampleDir: string
): void {
	const file = path.join(sampleDir, 'annotations.json');
	if (!fs.existsSync(file) || store.list(campaignId, { includeHidden: true }).length > 0) return;
	for (const sample of sampleAnnotationsSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')))) {
		store.create(
			campaignId,
			toAnnotationContent(sample, accountOf),
			accountOf.get(sample.author) ?? null,
			sample.id,
			new Date(sample.created_at)
		);
	}
}

function toAnnotationContent(
	sample: SampleAnnotation,
	accountOf: Map<string, string>
): AnnotationContentInput {
	const { kind, title, body, scope, time, links, why, alternatives } = sample;
	const content: AnnotationContentInput = { kind, title, body, scope, time, links };
	if (kind === 'decision') {
		return { ...content, why, alternatives, expectedEffect: sample.expected_effect };
	}
	if (kind !== 'disagreement') return content;
	const resolution = sample.resolution;
	return {
		...content,
		positions: (sample.positions ?? []).map(({ person, ...position }) => {
			const accountId = accountOf.get(person);
			return accountId ? { ...position, accountId } : position;
		}),
		resolution:
			resolution && accountOf.has(resolution.person)
				? { outcome: resolution.outcome, by: accountOf.get(resolution.person)!, at: resolution.at }
				: null
	};
}
