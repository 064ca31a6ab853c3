/**
 * The retrospective's stylesheet, scoped to `article.retro`: shared by the page and the
 * standalone HTML file, so both look alike on screen and print alike (black on white, no
 * decision or table split across pages, headings kept with what follows them).
 */
export const RETRO_STYLE = `
.retro { max-width: 60rem; line-height: 1.45; color: #111827; }
.retro h1 { font-size: 1.6rem; margin: 0.5rem 0; }
.retro h2 { font-size: 1.3rem; margin: 2rem 0 0.5rem; border-bottom: 1px solid #e5e7eb; }
.retro h3 { font-size: 1.1rem; margin: 1.2rem 0 0.4rem; }
.retro h4 { font-size: 1rem; margin: 0.8rem 0 0.3rem; }
.retro table { border-collapse: collapse; margin: 0.4rem 0 0.8rem; }
.retro caption { text-align: left; color: #6b7280; font-size: 0.9rem; }
.retro th, .retro td { text-align: left; vertical-align: top; padding: 0.3rem 0.6rem; border-bottom: 1px solid #e5e7eb; }
.retro dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0.4rem 0; }
.retro dt { font-weight: 600; }
.retro dd { margin: 0; }
.retro .retro-entry { border-left: 3px solid #e5e7eb; padding-left: 1rem; margin: 1rem 0 1.5rem; }
.retro .retro-entry[data-effect='as_expected'] { border-left-color: #15803d; }
.retro .retro-entry[data-effect='opposite'] { border-left-color: #b91c1c; }
.retro .retro-body { margin-top: 0.5rem; }
.retro code { font-size: 0.9em; }
@media print {
	.retro { max-width: none; color: #000; background: #fff; font-size: 10.5pt; }
	.retro * { color: #000 !important; background: transparent !important; }
	.retro a { text-decoration: none; }
	.retro .retro-entry, .retro .retro-market h4, .retro table, .retro li { break-inside: avoid; page-break-inside: avoid; }
	.retro h2, .retro h3, .retro h4 { break-after: avoid; page-break-after: avoid; }
	.retro .retro-entry { border-left-color: #000; }
}
`;
