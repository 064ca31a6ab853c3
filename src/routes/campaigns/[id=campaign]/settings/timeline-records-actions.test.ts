import type { RequestEvent } from '@sveltejs/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import type { Account } from '$lib/server/access/accounts';
import { appContext, type AppContext } from '$lib/server/app-context';
import { findCampaign, saveCampaign } from '$lib/server/campaign-store';
import { csvFile, formData, formPost, refusal } from '../../../../../tests/support/action-event';
import { resetLocaleAfterEach } from '../../../../../tests/support/reset-locale';
import { useTempDataDir } from '../../../../../tests/support/temp-data-dir';
import { TEST_CAMPAIGN } from '../../../../../tests/support/test-campaign';
import { createAdmin, createMember } from '../../../../../tests/support/test-people';
import type { SectionResult } from './section-result';
import {
	uploadActualPhases,
	uploadApprovals,
	uploadSourcing
} from './timeline-records-actions.server';

useTempDataDir('timeline-actions');
resetLocaleAfterEach();

const campaign = TEST_CAMPAIGN;

const SOURCING = [
	'creator_id,market,channel,contacted_at,agreed_at,outcome',
	'ana,BR,existing_network,2026-11-01 10:00,2026-11-02 09:30,agreed',
	'bo,US,cold_outreach,2026-11-01 11:00,,no_reply',
	'cy,US,cold_outreach,2026-11-02 15:00,2026-11-03 08:00,agreed'
].join('\n');

const APPROVALS_HEADER = 'content_id,creator_id,market,revision,submitted_at,decided_at,decision';

let context: AppContext;
let admin: Account;
let viewer: Account;

/** A file posted to a settings action as SvelteKit hands it over, by `account`. */
function upload(
	text: string,
	{ name = 'records.csv', replace = false, account = admin } = {}
): RequestEvent {
	const form = formData([['file', csvFile(text, name)]]);
	if (replace) form.append('replace', 'on');
	return formPost(account, '/campaigns/[id=campaign]/settings', '/campaigns/launch/settings', form);
}

function audited(action: string) {
	return context.people.audit
		.list({ campaignId: campaign.id, itemKind: 'campaign', itemId: campaign.id })
		.filter((record) => record.action === action);
}

beforeAll(async () => {
	context = await appContext();
	admin = createAdmin(context.people);
	saveCampaign(context.db, campaign);
	viewer = createMember(context.people, campaign.id, 'viewer', admin);
});

describe('uploading sourcing and approval records from the settings page', () => {
	it('stores a good sourcing file and puts the upload on the campaign’s record', async () => {
		const result = (await uploadSourcing(
			upload(SOURCING, { name: 'sourcing.csv' })
		)) as SectionResult;
		expect(result).toEqual({
			section: 'sourcing',
			notice: {
				kind: 'timeline_records_uploaded',
				records: 'sourcing',
				file: 'sourcing.csv',
				added: 3,
				updated: 0,
				removed: null,
				rejected: 0
			},
			problems: []
		});
		const stored = context.timeline.listSourcing(campaign.id);
		expect(stored.map((r) => [r.market, r.creatorId, r.outcome])).toEqual([
			['BR', 'ana', 'agreed'],
			['US', 'bo', 'no_reply'],
			['US', 'cy', 'agreed']
		]);
		// A moment without a zone column is in its market's clock: 10:00 in São Paulo is 13:00 UTC.
		expect(stored[0]!.contactedAt).toEqual({
			utc: '2026-11-01T13:00:00.000Z',
			zone: 'America/Sao_Paulo'
		});
		expect(audited('sourcing_imported')[0]?.detail).toEqual({
			file: 'sourcing.csv',
			added: 3,
			updated: 0,
			removed: 0,
			rejected: 0
		});
	});

	it('stores the good row of an approvals file and gives each bad row its line and reason', async () => {
		const text = [
			APPROVALS_HEADER,
			'p1,ana,BR,1,2026-11-05 10:00,2026-11-04 09:00,approved',
			'p2,bo,MX,1,2026-11-05 10:00,2026-11-06 09:00,approved',
			'p3,cy,US,1,2026-11-05 10:00,2026-11-06 09:00,changes_requested'
		].join('\n');
		const result = (await uploadApprovals(
			upload(text, { name: 'approvals.csv' })
		)) as SectionResult;
		expect(result.notice).toEqual({
			kind: 'timeline_records_uploaded',
			records: 'approvals',
			file: 'approvals.csv',
			added: 1,
			updated: 0,
			removed: null,
			rejected: 2
		});
		expect(result.problems).toEqual([
			{
				line: 2,
				column: 'decided_at',
				value: '2026-11-04 09:00',
				reason: 'decided before it was submitted (2026-11-05 10:00)'
			},
			{
				line: 3,
				column: 'market',
				value: 'MX',
				reason: "not one of this campaign's markets (US, BR)"
			}
		]);
		expect(
			context.timeline.listApprovals(campaign.id).map((r) => [r.market, r.contentId, r.decision])
		).toEqual([['US', 'p3', 'changes_requested']]);
	});

	it('saves nothing from a file without a good row, even to replace, and says why', async () => {
		overwriteGetLocale(() => 'es');
		const text = [APPROVALS_HEADER, 'p9,bo,MX,1,2026-11-05 10:00,2026-11-06 09:00,approved'].join(
			'\n'
		);
		const result = refusal<SectionResult>(
			await uploadApprovals(upload(text, { name: 'mx.csv', replace: true }))
		);
		expect(result.section).toBe('approvals');
		expect(result.refused).toEqual({
			kind: 'no_timeline_records',
			records: 'approvals',
			file: 'mx.csv'
		});
		expect(result.problems).toEqual([
			{
				line: 2,
				column: 'market',
				value: 'MX',
				reason: 'no es uno de los mercados de esta campaña (US, BR)'
			}
		]);
		expect(context.timeline.listApprovals(campaign.id)).toHaveLength(1);
		// A sourcing file given where approvals belong has not their header: nothing is replaced.
		const wrong = refusal<SectionResult>(
			await uploadApprovals(upload(SOURCING, { replace: true }))
		);
		expect(wrong.problems?.map((p) => p.line)).toEqual([1]);
		expect(context.timeline.listApprovals(campaign.id)).toHaveLength(1);
	});

	it('replaces the records held with a file’s when asked', async () => {
		const text = [
			SOURCING.split('\n')[0],
			'dee,US,existing_network,2026-11-04 09:00,,pending'
		].join('\n');
		const result = (await uploadSourcing(upload(text, { replace: true }))) as SectionResult;
		expect(result.notice).toMatchObject({ added: 1, updated: 0, removed: 3, rejected: 0 });
		expect(context.timeline.listSourcing(campaign.id).map((r) => r.creatorId)).toEqual(['dee']);
	});

	it('refuse a reader who may not manage the campaign, and store nothing', async () => {
		const text = [APPROVALS_HEADER, 'p7,cy,US,1,2026-11-05 10:00,2026-11-06 09:00,approved'].join(
			'\n'
		);
		await expect(uploadApprovals(upload(text, { account: viewer }))).rejects.toMatchObject({
			status: 403
		});
		await expect(uploadSourcing(upload(SOURCING, { account: viewer }))).rejects.toMatchObject({
			status: 403
		});
		await expect(uploadActualPhases(upload('', { account: viewer }))).rejects.toMatchObject({
			status: 403
		});
		expect(context.timeline.listApprovals(campaign.id).map((r) => r.contentId)).toEqual(['p3']);
		expect(context.timeline.listSourcing(campaign.id).map((r) => r.creatorId)).toEqual(['dee']);
	});
});

describe('uploading actual phase dates from the settings page', () => {
	it('sets the good rows’ dates, keeps the rest, and records the change', async () => {
		const text = [
			'market,phase,actual_start,actual_end',
			'US,sourcing,2026-11-01,2026-11-09',
			'BR,launch,2026-11-02,2026-11-09',
			'BR,Live,2026-11-10,'
		].join('\n');
		const result = (await uploadActualPhases(
			upload(text, { name: 'phases.csv' })
		)) as SectionResult;
		expect(result.section).toBe('actuals_file');
		expect(result.notice).toEqual({
			kind: 'actual_phases_uploaded',
			file: 'phases.csv',
			phases: 2,
			rejected: 1
		});
		expect(result.problems).toEqual([
			{
				line: 3,
				column: 'phase',
				value: 'launch',
				reason: 'not a phase of this campaign: use sourcing, live'
			}
		]);
		expect(findCampaign(context.db, campaign.id)!.actualPhases).toEqual({
			US: [{ phaseId: 'sourcing', start: '2026-11-01', end: '2026-11-09' }],
			BR: [{ phaseId: 'live', start: '2026-11-10' }]
		});
		expect(audited('settings_changed')).toHaveLength(1);
	});

	it('saves nothing from a file without a good row', async () => {
		const result = refusal<SectionResult>(
			await uploadActualPhases(
				upload('market,phase,start\nMX,live,2026-11-10\n', { name: 'p.csv' })
			)
		);
		expect(result.refused).toEqual({ kind: 'no_actual_phases', file: 'p.csv' });
		expect(result.problems?.map((p) => p.line)).toEqual([2]);
		expect(findCampaign(context.db, campaign.id)!.actualPhases?.BR).toEqual([
			{ phaseId: 'live', start: '2026-11-10' }
		]);
		expect(audited('settings_changed')).toHaveLength(1);
	});
});
