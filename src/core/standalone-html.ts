/**
 * Renders an Article as one self-contained, readable HTML document (no script, inline CSS,
 * a CSP that forbids scripts and every remote load except, when asked for, images). Used by
 * the CLI's --format html and by single-article export from the library, which asks for
 * data: images only unless the user chose to load remote images (src/export/export-article.ts).
 */
import type { Article } from "./article.js";
import { escapeHtml } from "./escape-html.js";

const STYLE = `
:root { color-scheme: light dark; }
body { margin: 0; background: #fdfdfb; color: #1f1f1f; font: 20px/1.6 Georgia, "Iowan Old Style", "Noto Serif", serif; }
main { max-width: 38em; margin: 0 auto; padding: 3em 1.25em 5em; }
header { border-bottom: 1px solid #ddd; margin-bottom: 2em; padding-bottom: 1em; }
h1 { font-size: 1.8em; line-height: 1.2; margin: 0 0 .4em; }
.meta { font: 15px/1.5 system-ui, sans-serif; color: #555; }
.meta a { color: inherit; }
img, video { max-width: 100%; height: auto; }
figure { margin: 1.5em 0; } figcaption { font: 14px/1.4 system-ui, sans-serif; color: #555; }
pre { overflow-x: auto; background: #f3f3f0; padding: .8em; } code { font-size: .9em; }
blockquote { border-left: 3px solid #ccc; margin-left: 0; padding-left: 1em; color: #444; }
table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: .3em .5em; }
a { color: #0b57d0; }
.remote-image { display: block; border: 1px dashed #888; border-radius: 6px; padding: 1.5em 1em; text-align: center; font: 14px/1.45 system-ui, sans-serif; }
@media (prefers-color-scheme: dark) {
  body { background: #1c1b22; color: #e8e6e3; } .meta, figcaption { color: #aaa; }
  a { color: #8ab4f8; } pre { background: #2a2930; } blockquote { color: #ccc; }
}`;

export function metaLine(article: Article): string[] {
  return [article.byline, article.siteName, article.publishedTime?.slice(0, 10) ?? null, `${article.readingTimeMinutes} min read`].filter(
    (part): part is string => !!part,
  );
}

export interface StandaloneOptions {
  /**
   * Whether the file may load images from the web (http, https) when opened. Without, its
   * CSP allows data: images only, so even an image left in the markup requests nothing.
   */
  remoteImages: boolean;
}

export function renderStandaloneHtml(article: Article, options: StandaloneOptions = { remoteImages: true }): string {
  const imgSrc = options.remoteImages ? "data: https: http:" : "data:";
  const lang = article.lang ? ` lang="${escapeHtml(article.lang)}"` : "";
  const dir = article.dir ? ` dir="${article.dir}"` : "";
  const meta = metaLine(article).map(escapeHtml).join(" · ");
  return `<!doctype html>
<html${lang}${dir}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${imgSrc}; style-src 'unsafe-inline'">
<title>${escapeHtml(article.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header>
<h1>${escapeHtml(article.title)}</h1>
<p class="meta">${meta}${meta ? " · " : ""}<a href="${escapeHtml(article.url)}" rel="noopener noreferrer">Original</a></p>
</header>
<article>
${article.contentHtml}
</article>
</main>
</body>
</html>
`;
}
