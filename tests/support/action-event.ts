import type { RequestEvent } from '@sveltejs/kit';
import { expect } from 'vitest';
import type { Account } from '$lib/server/access/accounts';

/**
 * A request as SvelteKit hands it to a form action or an endpoint, typed for the handler it is
 * passed to. `route` is the route's id (`/campaigns/[id=campaign]/settings`) and `path` the
 * address asked for, with any query; the route's parameters are read from the path. `account` is
 * the one signed in, or null for a visitor; no cookie is set. A GET without a body unless `init`
 * says otherwise.
 */
export function requestEvent<Event = RequestEvent>(
	account: Account | null,
	route: string,
	path: string,
	init: RequestInit = {}
): Event {
	const url = new URL(path, 'http://localhost');
	return {
		params: routeParams(route, url.pathname),
		url,
		locals: { account, sessionToken: null },
		cookies: { get: () => undefined },
		route: { id: route },
		request: new Request(url, init)
	} as unknown as Event;
}

/** A form posted by `account` to an action, as `requestEvent` makes it. */
export function formPost<Event = RequestEvent>(
	account: Account | null,
	route: string,
	path: string,
	body: FormData | URLSearchParams
): Event {
	return requestEvent<Event>(account, route, path, { method: 'POST', body });
}

/** Form data with these fields in order (a name given twice has both values); a file is uploaded. */
export function formData(fields: Iterable<readonly [string, string | File]>): FormData {
	const form = new FormData();
	for (const [name, value] of fields) form.append(name, value);
	return form;
}

/** A CSV file as the browser uploads it. */
export function csvFile(text: string, name: string): File {
	return new File([text], name, { type: 'text/csv' });
}

/** What a refused action sends back to the page (`fail(400, data)`), once checked to be that. */
export function refusal<Data>(outcome: unknown): Data {
	const failure = outcome as { status: number; data: Data };
	expect(failure.status).toBe(400);
	return failure.data;
}

/** The values of the route's `[name]` and `[name=matcher]` segments in `pathname`. */
function routeParams(route: string, pathname: string): Record<string, string> {
	const segments = route.split('/');
	const values = pathname.split('/');
	if (segments.length !== values.length) {
		throw new Error(`path ${pathname} does not match route ${route}`);
	}
	const params: Record<string, string> = {};
	segments.forEach((segment, i) => {
		const value = values[i]!;
		const param = /^\[(\w+)(?:=\w+)?\]$/.exec(segment);
		if (param) params[param[1]!] = decodeURIComponent(value);
		else if (segment !== value) throw new Error(`path ${pathname} does not match route ${route}`);
	});
	return params;
}
