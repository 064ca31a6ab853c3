import { RETRO_STYLE } from '$lib/components/retro/retro-style';
import type { RetroDocument } from '$lib/domain/retro/retro-document';
import { escapeHtml } from '../escape-html';
import { retroHtml } from './retro-html';

/**
 * The retrospective as a standalone HTML file, to open and print to PDF anywhere: the page's
 * own fragment, unchanged, inside a document with the retrospective's stylesheet.
 */
export function retroPage(document: RetroDocument): string {
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Retrospective: ${escapeHtml(document.campaign.name)}</title>
<style>
body { margin: 2rem; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; background: #fff; }
@media print { body { margin: 0; } }
${RETRO_STYLE.trim()}
</style>
</head>
<body>
${retroHtml(document)}
</body>
</html>
`;
}
