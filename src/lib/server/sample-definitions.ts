import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { DefinitionContent } from '$lib/domain/definitions';
import type { DefinitionStore } from './definitions/definition-store';

// The generator's own shape (data/README.md): bands as good/ok, money targets in the
// reporting currency without naming it, signatories by person id.
const sampleDefinitionsSchema = z.array(
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

/**
 * Stores the sample campaign's success definitions (definitions.json), signed off by the demo
 * people at the times the file records, unless the campaign has definitions already.
 */
export function ensureSampleDefinitions(
	definitions: DefinitionStore,
	campaignId: string,
	reportingCurrency: string,
	accountOf: Map<string, string>,
	sampleDir: string
): void {
	const file = path.join(sampleDir, 'definitions.json');
	if (!fs.existsSync(file) || definitions.latest(campaignId).length > 0) return;
	for (const sample of sampleDefinitionsSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')))) {
		const content: DefinitionContent = {
			id: sample.id,
			team: sample.team,
			markets: sample.markets,
			rationale: sample.rationale,
			cap: 1.5,
			kpis: sample.kpis.map((kpi) => ({
				metric: kpi.metric,
				comparator: kpi.comparator,
				target: kpi.target,
				unit: kpi.unit,
				currency: kpi.unit === 'currency' ? reportingCurrency : undefined,
				weight: kpi.weight,
				bands: kpi.bands ? { win: kpi.bands.good, onTrack: kpi.bands.ok } : undefined
			}))
		};
		const signers = sample.signatories.map((s) => ({ ...s, account: accountOf.get(s.person) }));
		const accounts = signers.flatMap((s) => (s.account ? [s.account] : []));
		definitions.save(campaignId, content, accounts, null, null);
		for (const signer of signers) {
			if (signer.account) {
				definitions.signOff(campaignId, sample.id, 1, signer.account, new Date(signer.signed_at));
			}
		}
	}
}
