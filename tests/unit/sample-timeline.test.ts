import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { campaignSchema } from '$lib/domain/campaign';
import { wallTimeAt } from '$lib/domain/time/zoned-time';
import { instantOfTimestamp, type ZonedTimestamp } from '$lib/domain/time/zoned-timestamp';
import { readApprovalsCsv } from '$lib/domain/timeline/approvals-csv';
import { readSourcingCsv } from '$lib/domain/timeline/sourcing-csv';

const SAMPLE_DIR = fileURLToPath(new URL('../../data/sample/', import.meta.url));
const readSample = (path: string) => readFileSync(join(SAMPLE_DIR, path), 'utf8');

const campaign = campaignSchema.parse(JSON.parse(readSample('campaign.json')));
const zoneOf = (market: string) => campaign.markets.find((m) => m.code === market)!.timeZone;
const timeline = JSON.parse(readSample('timeline.json')) as {
	creators: { creator_id: string; contacted_on: string; agreed_on: string }[];
	content: { content_id: string; draft_submitted_on: string; approved_on: string }[];
};
const sourcing = readSourcingCsv(readSample('sourcing.csv'), campaign.markets);
const approvals = readApprovalsCsv(readSample('approvals.csv'), campaign.markets);
const localDay = (timestamp: ZonedTimestamp, market: string) =>
	wallTimeAt(instantOfTimestamp(timestamp), zoneOf(market)).date;

describe("the sample's sourcing and approval records", () => {
	it('load through the import readers without a rejected row', () => {
		expect(sourcing.problems).toEqual([]);
		expect(approvals.problems).toEqual([]);
		expect(sourcing.records).toHaveLength(87);
		expect(approvals.records).toHaveLength(310);
	});

	it("agree with timeline.json's contact and agreement days in the market's calendar", () => {
		for (const cycle of timeline.creators) {
			const record = sourcing.records.find((r) => r.creatorId === cycle.creator_id)!;
			expect(record.outcome).toBe('agreed');
			expect(localDay(record.contactedAt, record.market)).toBe(cycle.contacted_on);
			expect(localDay(record.agreedAt!, record.market)).toBe(cycle.agreed_on);
		}
	});

	it("agree with timeline.json's draft and approval days, each round after the one before", () => {
		for (const post of timeline.content) {
			const rounds = approvals.records.filter((r) => r.contentId === post.content_id);
			expect(rounds.map((r) => r.revision)).toEqual(rounds.map((_, index) => index + 1));
			expect(rounds.map((r) => r.decision).indexOf('approved')).toBe(rounds.length - 1);
			expect(localDay(rounds[0]!.submittedAt, rounds[0]!.market)).toBe(post.draft_submitted_on);
			expect(localDay(rounds.at(-1)!.decidedAt, rounds[0]!.market)).toBe(post.approved_on);
			let previous = -Infinity;
			for (const round of rounds) {
				const submitted = instantOfTimestamp(round.submittedAt);
				const decided = instantOfTimestamp(round.decidedAt);
				expect(submitted).toBeGreaterThan(previous);
				expect(decided).toBeGreaterThan(submitted);
				previous = decided;
			}
		}
	});
});
