import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

// Raw HTML in a body is shown as text, never run; links are refused unless http(s) or mailto.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

const ALLOWED = {
	allowedTags: [
		'p',
		'br',
		'strong',
		'em',
		'code',
		'pre',
		'blockquote',
		'ul',
		'ol',
		'li',
		'a',
		'h3',
		'h4',
		'hr',
		'table',
		'thead',
		'tbody',
		'tr',
		'th',
		'td'
	],
	allowedAttributes: { a: ['href', 'title', 'rel', 'target'] },
	allowedSchemes: ['http', 'https', 'mailto'],
	// Links open elsewhere without handing this page to the site they open.
	transformTags: {
		a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' })
	}
};

/**
 * An annotation body as safe HTML: rendered by markdown-it with raw HTML off, then cleaned by
 * sanitize-html to a short list of tags and attributes, so that a `<script>`, an event
 * attribute or a `javascript:` link typed into a body stays inert text.
 */
export function renderMarkdown(text: string): string {
	return sanitizeHtml(markdown.render(text), ALLOWED);
}
