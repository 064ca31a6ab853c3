import { z } from 'zod';
import { DEFAULT_ATTAINMENT_CAP, type DefinitionContent } from './definitions';

/**
 * definitions.json as the sample generator writes it (data/README.md): bands as good/ok,
 * money targets in the reporting currency without naming it, signatories by person id.
 */
export const sampleDefinitionsSchema = z.array(
	z.object({
		id: z.string(),
		team: z.string(),
		markets: z.array(z.string()),
		version: z.number().int(),
		rationale: z.string(),
		kpis: z.array(
			z.object({
				metric: z.string(),
				comparator: z.enum(['>=', '<=']),
				target: z.number(),
				unit: z.enum(['percent', 'currency', 'count', 'ratio']),
				weight: z.number(),
				bands: z.object({ good: z.number(), ok: z.number() }).optional()
			})
		),
		signatories: z.array(z.object({ person: z.string(), signed_at: z.string() }))
	})
);
export type SampleDefinition = z.infer<typeof sampleDefinitionsSchema>[number];

/** A sample definition as the app keeps it: bands good → win and ok → on track, money in the reporting currency. */
export function fromSampleDefinition(
	sample: SampleDefinition,
	reportingCurrency: string,
	cap = DEFAULT_ATTAINMENT_CAP
): DefinitionContent {
	return {
		id: sample.id,
		team: sample.team,
		markets: sample.markets,
		rationale: sample.rationale,
		cap,
		kpis: sample.kpis.map((kpi) => ({
			metric: kpi.metric,
			comparator: kpi.comparator,
			target: kpi.target,
			unit: kpi.unit,
			...(kpi.unit === 'currency' ? { currency: reportingCurrency } : {}),
			weight: kpi.weight,
			...(kpi.bands ? { bands: { win: kpi.bands.good, onTrack: kpi.bands.ok } } : {})
		}))
	};
}
