/** The part of js-yaml (dev dependency, ships no types) that the front-matter tests use. */
declare module "js-yaml" {
  export function load(text: string, options?: { schema?: unknown; json?: boolean }): unknown;
  export const CORE_SCHEMA: unknown;
  export const FAILSAFE_SCHEMA: unknown;
}
