import { MAX_EFFECT_DAYS } from '$lib/server/annotations/observed-effect-service';
import { retroRequest } from '$lib/server/retro/retro-request';
import { retroHtml } from '$lib/server/retro/retro-html';
import { retroOf } from '$lib/server/retro/retro-service';
import type { PageServerLoad } from './$types';

/**
 * The retrospective, made on the server as one escaped and sanitised HTML fragment: the same
 * document the Markdown and HTML downloads and `parallax retro` are written from.
 */
export const load = (async (event) => {
	event.depends('parallax:annotations');
	const { context, campaign, options } = await retroRequest(event);
	const document = await retroOf(context, campaign, options);
	return {
		retroHtml: retroHtml(document),
		days: options.days,
		maxDays: MAX_EFFECT_DAYS,
		asOfParam: options.asOf ?? null
	};
}) satisfies PageServerLoad;
