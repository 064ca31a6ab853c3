import { readFileSync, readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { OWNER, signInInPage } from './people/accounts';

// Every view of the sample campaign, read in Spanish and in Portuguese: no visible text of the
// interface may still be its English message. Data (the campaign's, its people's and its
// annotations' words) is never translated, so it is left out of the comparison.

const LOCALES = ['es', 'pt'] as const;

/** A message as a catalog holds it: a text, or its variants (plural forms) wrapped in an array. */
type Message = string | { match: Record<string, string> }[];

function catalog(locale: string): Record<string, Message> {
	const parsed = JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8'));
	delete parsed.$schema;
	return parsed;
}

function textsOf(message: Message): string[] {
	return typeof message === 'string'
		? [message]
		: message.flatMap((variant) => Object.values(variant.match));
}

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How to recognise the English text of one message on a page. */
interface EnglishText {
	key: string;
	matches: (text: string) => boolean;
}

const english = catalog('en');

/**
 * The English messages a page in `locale` must not show. A message the catalog keeps the same
 * in that language (a name or a code, see SAME_IN_EVERY_LANGUAGE in tests/unit/messages.test.ts,
 * which allows no other) is left out. A message with placeholders is matched with any value in
 * them, when its own words are enough to tell it from data ("Sign off v{version}", not
 * "{from} to {to}", which any title with "to" in it would match).
 */
function englishTexts(locale: string): EnglishText[] {
	const translated = catalog(locale);
	const texts: EnglishText[] = [];
	for (const [key, message] of Object.entries(english)) {
		if (JSON.stringify(translated[key]) === JSON.stringify(message)) continue;
		for (const text of textsOf(message).map(normalize)) {
			if (!/\{\w+\}/.test(text)) {
				texts.push({ key, matches: (shown) => shown === text });
				continue;
			}
			const words = text.replace(/\{\w+\}/g, ' ').match(/\p{L}{2,}/gu) ?? [];
			if (words.length < 2) continue;
			const pattern = new RegExp(
				`^${text
					.split(/\{\w+\}/)
					.map(escapeRegExp)
					.join('.+?')}$`,
				's'
			);
			texts.push({ key, matches: (shown) => pattern.test(shown) });
		}
	}
	return texts;
}

// Fields of the sample campaign's files whose values are data: names, titles, codes and ids.
const DATA_FIELDS = new Set([
	'id',
	'name',
	'title',
	'team',
	'label',
	'code',
	'market',
	'markets',
	'metric',
	'metrics',
	'platforms',
	'currency',
	'reportingCurrency',
	'rationale',
	'party',
	'reading',
	'argument',
	'outcome',
	'why',
	'alternatives'
]);

/** Every value of a data field in data/sample/*.json, and the owner's name. */
function sampleData(): Set<string> {
	const values = new Set<string>([OWNER.name]);
	const walk = (value: unknown, field: string | null) => {
		if (typeof value === 'string') {
			if (field !== null && DATA_FIELDS.has(field)) values.add(normalize(value));
		} else if (Array.isArray(value)) {
			for (const item of value) walk(item, field);
		} else if (value && typeof value === 'object') {
			for (const [key, item] of Object.entries(value)) walk(item, key);
		}
	};
	for (const file of readdirSync('data/sample').filter((f) => f.endsWith('.json'))) {
		walk(JSON.parse(readFileSync(`data/sample/${file}`, 'utf8')), null);
	}
	return values;
}

const DATA = sampleData();
const CAMPAIGN_NAME = JSON.parse(readFileSync('data/sample/campaign.json', 'utf8')).name as string;

/** A view to read, and what shows that its content is there (data loaded, charts drawn). */
interface View {
	path: string;
	ready: (page: Page) => Promise<void>;
}

const campaign = (path: string) => `/campaigns/sample/${path}`;

const VIEWS: View[] = [
	{
		path: '/',
		ready: (page) => expect(page.getByRole('link', { name: CAMPAIGN_NAME }).first()).toBeVisible()
	},
	{
		path: '/account',
		ready: (page) => expect(page.getByRole('heading', { level: 1 })).toHaveText(OWNER.name)
	},
	{
		// A decision's thread: its reasons and its observed effect.
		path: campaign('live?annotation=ann-br-tiktok-shift'),
		ready: async (page) => {
			await expect(page.locator('path.series-line')).toHaveCount(5);
			await expect(page.getByTestId('observed-effect').locator('.verdict')).toBeVisible();
		}
	},
	{
		// A disagreement's thread: its positions and how it stands.
		path: campaign('live?annotation=ann-mx-on-target'),
		ready: async (page) => {
			await expect(page.locator('path.series-line')).toHaveCount(5);
			await expect(page.getByTestId('annotation-thread')).toBeVisible();
		}
	},
	{
		// A day with spikes, a verdict flip and pacing to write on.
		path: campaign('today?day=2026-11-13'),
		ready: (page) => expect(page.locator('[data-testid^="today-item-"]').first()).toBeVisible()
	},
	{
		path: campaign('scoreboard'),
		ready: (page) => expect(page.getByTestId('gap-sentence')).toBeVisible()
	},
	{
		path: campaign('experiments'),
		ready: (page) => expect(page.getByTestId('forest-combined')).toBeVisible()
	},
	{
		path: campaign('experiments?edit=new'),
		ready: (page) => expect(page.getByTestId('variant-values')).toBeVisible()
	},
	{
		path: campaign('timeline'),
		ready: (page) => expect(page.getByTestId('gantt-row')).toHaveCount(5)
	},
	{
		path: campaign('decisions'),
		ready: (page) => expect(page.getByTestId('decision-count')).toBeVisible()
	},
	{
		path: campaign('definitions'),
		ready: (page) => expect(page.locator('article.definition').first()).toBeVisible()
	},
	{
		path: campaign('definitions/us-brand/edit'),
		ready: (page) => expect(page.locator('textarea[name="yaml"]')).toBeVisible()
	},
	{
		path: campaign('retro'),
		ready: (page) => expect(page.locator('article.retro')).toBeVisible()
	},
	{
		path: campaign('people'),
		ready: (page) => expect(page.getByTestId('administrator').first()).toBeVisible()
	},
	{
		path: campaign('data'),
		ready: (page) => expect(page.locator('input[type="file"]')).toBeAttached()
	},
	{
		path: campaign('settings'),
		ready: (page) => expect(page.locator('form.settings')).toBeVisible()
	}
];

/**
 * The interface's texts a reader meets on the page: the text of headings, labels, legends,
 * buttons, links, table headers, options and summaries; every other visible text node; the
 * placeholders, accessible names and titles of visible elements; the document's title. The
 * retrospective document (generated text) and annotation bodies (user text) are left out.
 */
function visibleTexts(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const LEFT_OUT = 'article.retro, .body, script, style, noscript, template';
		const texts: string[] = [document.title];
		const shown = (element: Element) =>
			!element.closest(LEFT_OUT) &&
			(element instanceof HTMLOptionElement
				? (element.closest('select, datalist')?.checkVisibility() ?? false)
				: element.checkVisibility({ checkVisibilityCSS: true }));
		const labelled =
			'h1, h2, h3, h4, h5, h6, label, legend, button, a, th, option, summary, caption, dt';
		for (const element of document.body.querySelectorAll(labelled)) {
			if (shown(element)) texts.push(element.textContent ?? '');
		}
		for (const element of document.body.querySelectorAll('*')) {
			if (!shown(element)) continue;
			for (const attribute of ['placeholder', 'aria-label', 'title']) {
				const value = element.getAttribute(attribute);
				if (value) texts.push(value);
			}
			for (const node of element.childNodes) {
				if (node.nodeType === Node.TEXT_NODE) texts.push(node.textContent ?? '');
			}
		}
		return texts;
	});
}

for (const locale of LOCALES) {
	test(`every view of the sample campaign reads in ${locale}, with no English message left`, async ({
		page,
		context,
		baseURL
	}) => {
		test.setTimeout(180_000);
		await context.addCookies([{ name: 'parallax_locale', value: locale, url: baseURL! }]);
		const untranslated = englishTexts(locale);
		const left: string[] = [];
		for (const view of VIEWS) {
			await page.goto(view.path);
			await view.ready(page);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			const seen = new Set((await visibleTexts(page)).map(normalize));
			for (const text of seen) {
				if (text === '' || DATA.has(text) || !/\p{L}/u.test(text)) continue;
				const message = untranslated.find((english) => english.matches(text));
				if (message) left.push(`${view.path}: "${text}" (${message.key})`);
			}
		}
		expect(left, `English messages on ${locale} pages`).toEqual([]);
	});
}

test('the language a person chooses follows them to another browser they sign in from', async ({
	page,
	browser
}) => {
	await page.goto('/account');
	await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');

	// A browser with no cookie at all, in English, until the person signs in.
	const other = await browser.newContext({ storageState: { cookies: [], origins: [] } });
	const second = await other.newPage();
	await second.goto('/sign-in');
	await expect(second.locator('html')).toHaveAttribute('lang', 'en');
	await signInInPage(second, OWNER);
	await second.goto('/campaigns/sample/live');
	await expect(second.locator('html')).toHaveAttribute('lang', 'es');
	await expect(second.getByRole('link', { name: 'En vivo' })).toBeVisible();

	// Back to English, for the journeys that read English labels.
	await second.getByRole('combobox', { name: 'Idioma' }).selectOption('en');
	await expect(second.locator('html')).toHaveAttribute('lang', 'en');
	await other.close();
});
