import fs from 'node:fs';
import path from 'node:path';
import {
	fromSampleDefinition,
	sampleDefinitionsSchema
} from '$lib/domain/sample-definition-format';
import type { DefinitionStore } from './definitions/definition-store';

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
		const content = fromSampleDefinition(sample, reportingCurrency);
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
