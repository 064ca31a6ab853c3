import type { MarketCode } from './markets';

/** What a person may do in the campaign. */
export type PersonRole = 'campaign_owner' | 'market_lead' | 'recorder' | 'viewer';

/** A demo person of the sample campaign (no one can sign in as them). */
export interface Person {
	id: string;
	name: string;
	email: string;
	role: PersonRole;
	markets: MarketCode[];
	team: string;
	can_sign_in: false;
}

/** Team names as the definitions and annotations use them. */
export const TEAMS = {
	usBrand: 'US brand team',
	latamPartner: 'LATAM partner team',
	agency: 'Agency (Northlight)'
} as const;

const ALL_MARKETS: MarketCode[] = ['US', 'MX', 'BR', 'CO', 'AR'];

/** The people of the sample campaign: US brand, LATAM partner and the agency between them. */
export const PEOPLE: readonly Person[] = [
	person('p-olivia', 'Olivia Grant', 'campaign_owner', ALL_MARKETS, TEAMS.agency),
	person('p-tomas', 'Tomás Benítez', 'recorder', ALL_MARKETS, TEAMS.agency),
	person('p-marcus', 'Marcus Reed', 'market_lead', ['US'], TEAMS.usBrand),
	person('p-hannah', 'Hannah Cole', 'viewer', ['US'], TEAMS.usBrand),
	person('p-lucia', 'Lucía Ramírez', 'market_lead', ['MX'], TEAMS.latamPartner),
	person('p-rafael', 'Rafael Souza', 'market_lead', ['BR'], TEAMS.latamPartner),
	person('p-valentina', 'Valentina Ospina', 'market_lead', ['CO', 'AR'], TEAMS.latamPartner),
	person('p-joaquin', 'Joaquín Ferreyra', 'viewer', ['AR'], TEAMS.latamPartner)
];

function person(
	id: string,
	name: string,
	role: PersonRole,
	markets: MarketCode[],
	team: string
): Person {
	const email = `${name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(' ', '.')}@example.com`;
	return { id, name, email, role, markets, team, can_sign_in: false };
}
