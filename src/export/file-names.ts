/** Safe, readable, unique file names for exported articles (every OS, every archive tool). */
import { trimEndWhere, trimWhere } from "../core/trim-chars.js";

const isDash = (char: string): boolean => char === "-";

export function slugify(title: string, fallback = "article"): string {
  const words = title
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-");
  const slug = trimEndWhere(trimWhere(words, isDash).slice(0, 80), isDash);
  return slug || fallback;
}

/** Hands out names, appending -2, -3, … when a name is already taken (case-insensitively). */
export class UniqueNames {
  private readonly taken = new Set<string>();

  take(base: string): string {
    let name = base;
    for (let n = 2; this.taken.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    this.taken.add(name.toLowerCase());
    return name;
  }
}
