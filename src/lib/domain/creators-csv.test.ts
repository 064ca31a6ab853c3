import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCreatorsCsv } from './creators-csv';

const markets = ['US', 'BR'];

describe('reading a creators file', () => {
	it('reads rows under synonym headers, normalising handles, platforms, counts and channels', () => {
		const text = [
			'Creator ID;Usuário;País;Plataforma;Seguidores;Tier;Origem',
			'br-c01;@ana.faz;br;TikTok;"26.113";Micro;existing network',
			'br-c02;joao_cozinha;BR;Instagram;228900;mid-tier;cold',
			'br-c03;maria;BR;YouTube;;;'
		].join('\n');
		expect(readCreatorsCsv(text, markets)).toEqual({
			creators: [
				{
					id: 'br-c01',
					handle: 'ana.faz',
					market: 'BR',
					platform: 'tiktok',
					followers: 26113,
					tier: 'micro',
					sourcing: 'existing_network'
				},
				{
					id: 'br-c02',
					handle: 'joao_cozinha',
					market: 'BR',
					platform: 'instagram',
					followers: 228900,
					tier: 'mid',
					sourcing: 'cold_outreach'
				},
				{
					id: 'br-c03',
					handle: 'maria',
					market: 'BR',
					platform: 'youtube',
					followers: null,
					tier: null,
					sourcing: null
				}
			],
			rejectedRows: 0,
			problems: []
		});
	});

	it('keeps good rows and rejects bad ones with line, column, value and reason', () => {
		const text = [
			'creator_id,handle,market,platform,followers,tier,sourcing',
			'us-c01,tyler,US,tiktok,26113,micro,cold_outreach',
			'us-c02,,MX,tiktok,12k,giant,friends',
			'us-c01,tyler2,US,tiktok,1,nano,cold_outreach',
			'us-c03,lena,US,instagram,1000,nano,existing_network'
		].join('\n');
		const read = readCreatorsCsv(text, markets);
		expect(read.creators.map((c) => c.id)).toEqual(['us-c01', 'us-c03']);
		expect(read.rejectedRows).toBe(2);
		expect(read.problems).toEqual([
			{ line: 3, column: 'handle', value: '', problem: { code: 'problem_creator_handle_missing' } },
			{
				line: 3,
				column: 'market',
				value: 'MX',
				problem: { code: 'problem_creator_market', params: { markets: 'US, BR' } }
			},
			{
				line: 3,
				column: 'followers',
				value: '12k',
				problem: { code: 'problem_creator_followers' }
			},
			{
				line: 3,
				column: 'tier',
				value: 'giant',
				problem: {
					code: 'problem_creator_tier',
					params: { tiers: 'nano, micro, mid, macro, mega' }
				}
			},
			{
				line: 3,
				column: 'sourcing',
				value: 'friends',
				problem: { code: 'problem_creator_sourcing' }
			},
			{
				line: 4,
				column: 'creator_id',
				value: 'us-c01',
				problem: { code: 'problem_creator_id_repeated', params: { line: 2 } }
			}
		]);
	});

	it('refuses a header that lacks a required column', () => {
		expect(readCreatorsCsv('id,handle,followers\nx,y,1', markets)).toEqual({
			creators: [],
			rejectedRows: 0,
			problems: [
				{
					line: 1,
					column: null,
					value: 'id,handle,followers',
					problem: { code: 'problem_creators_header', params: { missing: 'market, platform' } }
				}
			]
		});
	});

	it('reads the sample campaign’s creators.csv whole', () => {
		const read = readCreatorsCsv(fs.readFileSync('data/sample/creators.csv', 'utf8'), [
			'US',
			'MX',
			'BR',
			'CO',
			'AR'
		]);
		expect(read.problems).toEqual([]);
		expect(read.creators).toHaveLength(60);
		expect(read.creators[0]).toEqual({
			id: 'us-c01',
			handle: 'tylerstudio',
			market: 'US',
			platform: 'tiktok',
			followers: 26113,
			tier: 'micro',
			sourcing: 'cold_outreach'
		});
	});
});
