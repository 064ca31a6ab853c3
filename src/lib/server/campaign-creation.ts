import type { Campaign } from '$lib/domain/campaign';
import { contentOf } from '$lib/domain/definitions';
import type { NewCampaign } from '$lib/domain/new-campaign-form';
import { problem, type Problem } from '$lib/domain/problem';
import type { People } from './access/people';
import { findCampaign, saveCampaign } from './campaign-store';
import { listCreators, saveCreators } from './creator-store';
import type { Db } from './database';
import type { DefinitionStore } from './definitions/definition-store';
import type { MetricStore } from './definitions/metric-store';
import { listFxRates, saveFxRates } from './fx-store';

/** The stores a new campaign is written to. */
export interface CreationStores {
	db: Db;
	definitions: DefinitionStore;
	metrics: MetricStore;
	people: People;
}

/** A created campaign, or the form field that stopped it with the problem. */
export type CreationOutcome =
	{ created: Campaign } | { refused: { field: 'id' | 'copyFrom'; problem: Problem } };

/**
 * Creates a campaign from scratch or as a copy, makes its creator its owner and records it,
 * all in one transaction. A copy takes the other campaign's settings (markets, currency,
 * dates, budgets, planned phases), FX rates, creators, custom metrics, and the latest version
 * of each success definition as a new draft without signatories; never its data, annotations,
 * people or actual phase dates, which belong to what happened in that campaign.
 */
export function createCampaign(
	stores: CreationStores,
	request: NewCampaign,
	actorId: string
): CreationOutcome {
	const { db, people } = stores;
	return db.transaction((): CreationOutcome => {
		const id = request.from === 'copy' ? request.id : request.campaign.id;
		if (findCampaign(db, id)) {
			return { refused: { field: 'id', problem: problem('problem_campaign_id_taken', { id }) } };
		}
		let detail: Record<string, unknown>;
		let campaign: Campaign;
		if (request.from === 'copy') {
			const source = findCampaign(db, request.copyFrom);
			if (!source) {
				return {
					refused: {
						field: 'copyFrom',
						problem: problem('problem_copy_from_unknown', { id: request.copyFrom })
					}
				};
			}
			campaign = copySettings(source, request.id, request.name);
			saveCampaign(db, campaign);
			detail = {
				name: campaign.name,
				copiedFrom: source.id,
				...copyContents(stores, source.id, id, actorId)
			};
		} else {
			campaign = request.campaign;
			saveCampaign(db, campaign);
			detail = { name: campaign.name, markets: campaign.markets.map((m) => m.code) };
		}
		people.memberships.grant(
			{ accountId: actorId, campaignId: id, role: 'campaign_owner', markets: [] },
			actorId
		);
		people.audit.record({
			accountId: actorId,
			campaignId: id,
			action: 'campaign_created',
			itemKind: 'campaign',
			itemId: id,
			detail
		});
		return { created: campaign };
	})();
}

/** The settings of `source` under a new id and name; its actual phase dates stay behind. */
function copySettings(source: Campaign, id: string, name: string): Campaign {
	const copy: Campaign = { ...source, id, name };
	delete copy.actualPhases;
	return copy;
}

/** Copies rates, creators, metrics and definitions; returns how many of each, for the record. */
function copyContents(
	stores: CreationStores,
	sourceId: string,
	targetId: string,
	actorId: string
): Record<string, number> {
	const { db, definitions, metrics } = stores;
	const rates = listFxRates(db, sourceId);
	saveFxRates(db, targetId, rates);
	const creators = listCreators(db, sourceId);
	saveCreators(db, targetId, creators);
	const custom = metrics.list(sourceId);
	metrics.save(targetId, custom, actorId);
	const latest = definitions.latest(sourceId);
	for (const definition of latest) {
		definitions.save(targetId, contentOf(definition), [], actorId, null);
	}
	return {
		fxRates: rates.length,
		creators: creators.length,
		metrics: custom.length,
		definitions: latest.length
	};
}
