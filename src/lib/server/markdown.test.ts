import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
	it('renders what a body needs: paragraphs, emphasis, lists, links', () => {
		expect(renderMarkdown('Spend **moved** to TikTok.\n\n- BR only\n- from the 15th')).toBe(
			'<p>Spend <strong>moved</strong> to TikTok.</p>\n<ul>\n<li>BR only</li>\n<li>from the 15th</li>\n</ul>\n'
		);
		expect(renderMarkdown('[brief](https://example.com/brief)')).toBe(
			'<p><a href="https://example.com/brief" rel="noopener noreferrer nofollow" target="_blank">brief</a></p>\n'
		);
	});

	it.each([
		['<script>alert(1)</script>', '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n'],
		['<img src=x onerror="alert(1)">', '<p>&lt;img src=x onerror="alert(1)"&gt;</p>\n'],
		['[click](javascript:alert(1))', '<p>[click](javascript:alert(1))</p>\n'],
		[
			'<a href="javascript:alert(1)">x</a>',
			'<p>&lt;a href="javascript:alert(1)"&gt;x&lt;/a&gt;</p>\n'
		]
	])('keeps %s inert', (input, output) => {
		const html = renderMarkdown(input);
		expect(html).toBe(output);
		// Whatever the text says, no element but the paragraph comes out of it.
		expect(html.match(/<[a-z]+/gi)).toEqual(['<p']);
	});

	it('drops a link to a scheme that is not http(s) or mailto, keeping its text', () => {
		const html = renderMarkdown(
			'[data](data:text/html;base64,PHNjcmlwdD4=) and [mail](mailto:a@b.co)'
		);
		expect(html).not.toContain('href="data:');
		expect(html).toContain('<a href="mailto:a@b.co"');
	});
});
