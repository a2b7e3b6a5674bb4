/**
 * The reader's settings: one typed record, its defaults and its schema. Stored data is
 * validated field by field on read, so one bad or outdated value falls back to its default
 * without losing the user's other choices.
 */
import * as v from "valibot";

export const FONT_FAMILIES = ["serif", "sans", "mono", "system"] as const;
export const THEMES = ["light", "sepia", "dark", "system", "custom"] as const;
export const TEXT_ALIGNS = ["start", "justify"] as const;
/** The themes `t` cycles through (custom and system are chosen in the options page). */
export const CYCLE_THEMES = ["light", "sepia", "dark"] as const;

export type FontFamily = (typeof FONT_FAMILIES)[number];
export type Theme = (typeof THEMES)[number];
export type TextAlign = (typeof TEXT_ALIGNS)[number];

export interface CustomColors {
  text: string;
  background: string;
  link: string;
}

export interface ReaderSettings {
  fontFamily: FontFamily;
  /** px */
  fontSize: number;
  /** unitless multiplier */
  lineHeight: number;
  /** em, the maximum width of the text column */
  contentWidth: number;
  /** em */
  letterSpacing: number;
  /** em */
  wordSpacing: number;
  textAlign: TextAlign;
  theme: Theme;
  customColors: CustomColors;
  hideImages: boolean;
  /** Read-aloud speed, 1 = normal. */
  speechRate: number;
  /** voiceURI of the chosen read-aloud voice; null = the default voice for the article's language. */
  voice: string | null;
}

/** Numeric ranges and steps, shared by the schema, the keyboard and the controls. */
export const RANGES = {
  fontSize: { min: 12, max: 40, step: 2 },
  lineHeight: { min: 1.2, max: 2.4, step: 0.1 },
  contentWidth: { min: 24, max: 60, step: 2 },
  letterSpacing: { min: 0, max: 0.2, step: 0.01 },
  wordSpacing: { min: 0, max: 0.5, step: 0.05 },
  speechRate: { min: 0.5, max: 2.5, step: 0.25 },
} as const;

export const DEFAULT_SETTINGS: ReaderSettings = {
  fontFamily: "serif",
  fontSize: 20,
  lineHeight: 1.6,
  contentWidth: 38,
  letterSpacing: 0,
  wordSpacing: 0,
  textAlign: "start",
  theme: "light",
  customColors: { text: "#1f1f1f", background: "#fdfdfb", link: "#0b57d0" },
  hideImages: false,
  speechRate: 1,
  voice: null,
};

const hexColor = v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i));
const ranged = (key: keyof typeof RANGES) => v.pipe(v.number(), v.finite(), v.minValue(RANGES[key].min), v.maxValue(RANGES[key].max));

/** One schema per field: each is checked on its own. */
export const FIELD_SCHEMAS = {
  fontFamily: v.picklist(FONT_FAMILIES),
  fontSize: ranged("fontSize"),
  lineHeight: ranged("lineHeight"),
  contentWidth: ranged("contentWidth"),
  letterSpacing: ranged("letterSpacing"),
  wordSpacing: ranged("wordSpacing"),
  textAlign: v.picklist(TEXT_ALIGNS),
  theme: v.picklist(THEMES),
  customColors: v.object({ text: hexColor, background: hexColor, link: hexColor }),
  hideImages: v.boolean(),
  speechRate: ranged("speechRate"),
  voice: v.nullable(v.pipe(v.string(), v.maxLength(500))),
} satisfies { [K in keyof ReaderSettings]: v.GenericSchema<unknown, ReaderSettings[K]> };

/** Reads any stored value as settings: valid fields are kept, the rest are defaults. */
export function parseSettings(raw: unknown): ReaderSettings {
  const source = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(FIELD_SCHEMAS) as Array<[keyof ReaderSettings, v.GenericSchema]>) {
    const result = v.safeParse(schema, source[key]);
    out[key] = result.success ? result.output : structuredClone(DEFAULT_SETTINGS[key]);
  }
  return out as unknown as ReaderSettings;
}

/** Validates a partial update: returns only the fields that pass, so a bad input never lands in storage. */
export function validPatch(patch: Partial<Record<keyof ReaderSettings, unknown>>): Partial<ReaderSettings> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    const schema = FIELD_SCHEMAS[key as keyof ReaderSettings] as v.GenericSchema | undefined;
    if (!schema) continue;
    const result = v.safeParse(schema, value);
    if (result.success) out[key] = result.output;
  }
  return out as Partial<ReaderSettings>;
}

/** Clamps a value into a range and rounds it to the range's step (keyboard and +/- buttons). */
export function stepValue(key: keyof typeof RANGES, value: number, direction: 1 | -1): number {
  const { min, max, step } = RANGES[key];
  const next = Math.round((value + direction * step) / step) * step;
  return Math.min(max, Math.max(min, Number(next.toFixed(4))));
}

export function nextCycleTheme(theme: Theme): Theme {
  const index = (CYCLE_THEMES as readonly Theme[]).indexOf(theme);
  return CYCLE_THEMES[(index + 1) % CYCLE_THEMES.length]!;
}
