/** Turns ReaderSettings into the overlay's CSS custom properties and state attributes. */
import type { FontFamily, ReaderSettings } from "../settings/schema.js";
import { paletteFor, type Palette } from "../settings/themes.js";

export const FONT_STACKS: Record<FontFamily, string> = {
  serif: 'Georgia, "Iowan Old Style", "Noto Serif", "DejaVu Serif", "Times New Roman", serif',
  sans: '"Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", "DejaVu Sans", sans-serif',
  mono: 'ui-monospace, "SF Mono", Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace',
  system: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
};

export function applySettings(root: HTMLElement, settings: ReaderSettings, prefersDark: boolean): Palette {
  const palette = paletteFor(settings.theme, settings.customColors, prefersDark);
  const vars: Record<string, string> = {
    "--qr-bg": palette.bg,
    "--qr-fg": palette.fg,
    "--qr-muted": palette.muted,
    "--qr-link": palette.link,
    "--qr-rule": palette.rule,
    "--qr-highlight": palette.highlight,
    "--qr-surface": palette.surface,
    "--qr-font": FONT_STACKS[settings.fontFamily],
    "--qr-size": `${settings.fontSize}px`,
    "--qr-line": String(settings.lineHeight),
    "--qr-width": `${settings.contentWidth}em`,
    "--qr-letter": `${settings.letterSpacing}em`,
    "--qr-word": `${settings.wordSpacing}em`,
    "--qr-align": settings.textAlign,
  };
  for (const [name, value] of Object.entries(vars)) root.style.setProperty(name, value);
  root.dataset.theme = settings.theme;
  root.style.colorScheme = isDark(palette) ? "dark" : "light";
  root.classList.toggle("qr-no-images", settings.hideImages);
  return palette;
}

function isDark(palette: Palette): boolean {
  const n = Number.parseInt(palette.bg.slice(1), 16);
  return ((n >> 16) & 255) * 0.299 + ((n >> 8) & 255) * 0.587 + (n & 255) * 0.114 < 128;
}
