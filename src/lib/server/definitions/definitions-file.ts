import { error } from '@sveltejs/kit';
import {
	definitionsToYaml,
	parseDefinitionsYaml,
	type DefinitionFileEntry,
	type DefinitionFileError
} from '$lib/domain/definitions-yaml';
import { contentOf } from '$lib/domain/definitions';
import { BUILT_IN_METRIC_SOURCES } from '$lib/domain/metrics/catalog';
import { checkCustomMetrics, withCustomMetrics } from '$lib/domain/metrics/custom-metrics';
import type { Allowed } from '../http/guard';
import { campaignMetrics, definitionProblems, saveDefinition } from './definition-service';
import { unknownMetric } from '$lib/domain/definition-checks';
import type { StoredDefinition } from './definition-store';
import { m } from '$lib/paraglide/messages';

/** The campaign's latest definitions as a YAML file, signatories by email. */
export function exportDefinitions(allowed: Allowed, only?: string): string {
	const { definitions, people } = allowed.context;
	const latest = definitions
		.latest(allowed.campaignId)
		.filter((definition) => !only || definition.id === only);
	const metrics = only ? [] : allowed.context.metrics.list(allowed.campaignId);
	return definitionsToYaml(
		latest.map((definition) => toFileEntry(definition, people)),
		metrics
	);
}

/** A stored definition as a file entry: its content and its signatories' emails. */
export function toFileEntry(
	definition: StoredDefinition,
	people: Allowed['context']['people']
): DefinitionFileEntry {
	return {
		content: contentOf(definition),
		signatories: definition.signatories.map(
			(s) => people.accounts.find(s.accountId)?.email ?? s.name
		)
	};
}

/**
 * Reads a definitions file and saves every definition in it, or none: every problem in the
 * file is listed first (syntax, schema, unknown metrics and markets, signatories), and a file
 * holding a definition the person may not edit is refused whole with 403.
 */
export function importDefinitions(
	allowed: Allowed,
	text: string
): { ok: true; saved: string[] } | { ok: false; errors: DefinitionFileError[] } {
	const stored = allowed.context.metrics.list(allowed.campaignId);
	const parsed = parseDefinitionsYaml(text, {
		// The campaign's other metrics are known names; the file's are checked together.
		metrics: (added) =>
			checkCustomMetrics(
				withCustomMetrics(
					BUILT_IN_METRIC_SOURCES,
					stored.filter((metric) => !added.some((a) => a.id === metric.id))
				),
				added
			),
		definition: (entry, _index, added) =>
			definitionProblems(allowed, entry.content, entry.signatories, added).problems,
		metricName: (name, added) => unknownMetric(name, campaignMetrics(allowed, added))
	});
	if (!parsed.ok) return parsed;
	const { db, definitions } = allowed.context;
	const saved = db.transaction(() => {
		if (parsed.metrics.length > 0) {
			allowed.context.metrics.save(allowed.campaignId, parsed.metrics, allowed.actor?.id ?? null);
		}
		return parsed.entries.map(({ content, signatories }) => {
			const current = definitions.find(allowed.campaignId, content.id);
			const base = current ? { version: current.version, revision: current.revision } : null;
			const result = saveDefinition(allowed, content, signatories, base, parsed.metrics);
			// Checked above; a change between the check and the save is a fault, not an input error.
			if (!('saved' in result)) {
				error(409, m.refusal_definition_changed({ id: content.id }));
			}
			return `${content.id} v${result.saved.version}`;
		});
	})();
	return { ok: true, saved };
}
