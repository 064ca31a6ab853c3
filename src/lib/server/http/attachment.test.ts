import { describe, expect, it } from 'vitest';
import { attachmentDisposition } from './attachment';

describe('attachmentDisposition', () => {
	it.each([
		['june.csv', `attachment; filename="june.csv"; filename*=UTF-8''june.csv`],
		['sample/AR.csv', `attachment; filename="AR.csv"; filename*=UTF-8''AR.csv`],
		['..\\..\\etc\\passwd', `attachment; filename="passwd"; filename*=UTF-8''passwd`],
		[
			'relatório junho.csv',
			`attachment; filename="relat_rio junho.csv"; filename*=UTF-8''relat%C3%B3rio%20junho.csv`
		],
		[
			'a"b;c\r\nSet-Cookie: x.csv',
			`attachment; filename="a_b_cSet-Cookie: x.csv"; filename*=UTF-8''a%22b%3BcSet-Cookie%3A%20x.csv`
		],
		["it's (1).csv", `attachment; filename="it's (1).csv"; filename*=UTF-8''it%27s%20%281%29.csv`],
		['.hidden', `attachment; filename="hidden"; filename*=UTF-8''hidden`],
		['dir/', `attachment; filename="download"; filename*=UTF-8''download`]
	])('names %j safely', (name, header) => {
		expect(attachmentDisposition(name)).toBe(header);
	});

	it('never lets a line break or a quote through into the header', () => {
		const header = attachmentDisposition('x\n"\r.csv');
		expect(header).not.toMatch(/[\r\n]/);
		expect(header.match(/"/g)).toHaveLength(2);
	});
});
