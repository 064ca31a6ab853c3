import type { MarketCode } from './markets';
import type { SeededRandom } from './random';

// Name stems and topic words that creators in each language use in their handles.
const ENGLISH = {
	names: [
		'maya',
		'jordan',
		'tyler',
		'chloe',
		'brooke',
		'devin',
		'kayla',
		'marcus',
		'lena',
		'noah',
		'sam',
		'riley',
		'ava',
		'jake'
	],
	words: [
		'eats',
		'sips',
		'daily',
		'fit',
		'travels',
		'vibes',
		'studio',
		'tastes',
		'outdoors',
		'mixes',
		'kitchen',
		'runs'
	]
};
const SPANISH = {
	names: [
		'sofi',
		'dani',
		'vale',
		'mariana',
		'diego',
		'pau',
		'fer',
		'caro',
		'santi',
		'lu',
		'nico',
		'cami',
		'juanjo',
		'majo'
	],
	words: [
		'cocina',
		'viaja',
		'en.casa',
		'diario',
		'sabores',
		'fit',
		'vibra',
		'y.amigos',
		'come',
		'recetas',
		'tips',
		'brinda'
	]
};
const PORTUGUESE = {
	names: [
		'bia',
		'lu',
		'rafa',
		'gabi',
		'duda',
		'caio',
		'nanda',
		'leo',
		'mari',
		'juju',
		'thiago',
		'babi',
		'pedro',
		'carol'
	],
	words: [
		'na.cozinha',
		'viaja',
		'fit',
		'do.dia',
		'sabores',
		'vibes',
		'receitas',
		'em.casa',
		'brinda',
		'rolê',
		'dicas',
		'treina'
	]
};

const VOCABULARY: Readonly<Record<MarketCode, { names: string[]; words: string[] }>> = {
	US: ENGLISH,
	MX: SPANISH,
	BR: PORTUGUESE,
	CO: SPANISH,
	AR: SPANISH
};

/**
 * A plausible handle (without the leading `@`) in the market's language, not yet in `taken`;
 * adds it to `taken`.
 */
export function drawHandle(market: MarketCode, random: SeededRandom, taken: Set<string>): string {
	const { names, words } = VOCABULARY[market];
	for (let attempt = 0; ; attempt += 1) {
		const separator = random.pick(['.', '_', '']);
		let handle = `${random.pick(names)}${separator}${random.pick(words)}`;
		if (attempt > 3 || random.unit() < 0.2) handle += String(random.integer(2, 99));
		if (!taken.has(handle)) {
			taken.add(handle);
			return handle;
		}
	}
}
