/**
 * Theme palettes and the WCAG contrast arithmetic that keeps them readable. The overlay
 * applies a palette as CSS custom properties; the unit tests check every built-in pair
 * reaches AA (4.5:1), and the options page warns when custom colours do not.
 */
import type { CustomColors, Theme } from "./schema.js";

export interface Palette {
  bg: string;
  fg: string;
  muted: string;
  link: string;
  /** Borders and quiet surfaces. */
  rule: string;
  /** Background of the sentence being read aloud (text stays `fg`). */
  highlight: string;
  /** Surface of the toolbar and panels. */
  surface: string;
}

export const PALETTES: Record<"light" | "sepia" | "dark", Palette> = {
  light: { bg: "#fdfdfb", fg: "#1f1f1f", muted: "#595959", link: "#0b57d0", rule: "#d6d6d0", highlight: "#fff0a0", surface: "#f3f3ef" },
  sepia: { bg: "#f4ecd8", fg: "#3b2f22", muted: "#5c4a35", link: "#7a3410", rule: "#d8c9a7", highlight: "#ead9a0", surface: "#ebe0c6" },
  dark: { bg: "#1b1b1d", fg: "#e4e4e4", muted: "#a9a9ad", link: "#8ab4f8", rule: "#3d3d42", highlight: "#4d4420", surface: "#26262a" },
};

function channel(hex: string, index: number): number {
  return Number.parseInt(hex.slice(1 + index * 2, 3 + index * 2), 16);
}

/** WCAG 2 relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = [0, 1, 2].map((i) => {
    const c = channel(hex, i) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Mixes two #rrggbb colours; `amount` of `b` into `a`. */
export function mix(a: string, b: string, amount: number): string {
  const parts = [0, 1, 2].map((i) => Math.round(channel(a, i) * (1 - amount) + channel(b, i) * amount));
  return `#${parts.map((n) => n.toString(16).padStart(2, "0")).join("")}`;
}

export function customPalette(colors: CustomColors): Palette {
  return {
    bg: colors.background,
    fg: colors.text,
    muted: colors.text,
    link: colors.link,
    rule: mix(colors.background, colors.text, 0.25),
    highlight: mix(colors.background, colors.link, 0.2),
    surface: mix(colors.background, colors.text, 0.06),
  };
}

/** The palette a theme shows now; "system" follows prefers-color-scheme. */
export function paletteFor(theme: Theme, custom: CustomColors, prefersDark: boolean): Palette {
  if (theme === "custom") return customPalette(custom);
  if (theme === "system") return prefersDark ? PALETTES.dark : PALETTES.light;
  return PALETTES[theme];
}

/** Text pairs that must reach AA, as [name, foreground, background]. */
export function textPairs(palette: Palette): Array<[string, string, string]> {
  return [
    ["text", palette.fg, palette.bg],
    ["muted", palette.muted, palette.bg],
    ["link", palette.link, palette.bg],
    ["text on surface", palette.fg, palette.surface],
    ["muted on surface", palette.muted, palette.surface],
    ["link on surface", palette.link, palette.surface],
    ["text on highlight", palette.fg, palette.highlight],
  ];
}

export const AA_TEXT = 4.5;
