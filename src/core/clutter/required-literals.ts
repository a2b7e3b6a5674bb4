/**
 * The words a pattern cannot match without: for a call-to-action row, a short list of lower-case
 * strings such that every text the row matches contains at least one of them. A text is tried
 * against ~400 rows; most rows name words the text does not have, and a substring search says
 * so faster than the regex engine (the idea of RE2's prefilter and of code search's trigram
 * index, for the small regex dialect the rule tables use).
 *
 * Sound by construction, never clever: whatever this cannot read (a class with ranges, \w, \d,
 * a back-reference) counts as "any character", which only makes the list shorter or null
 * (no prefilter). tests/unit/required-literals.test.ts checks it on every row and at random.
 */

/** What a piece of pattern can match: `exact` every string it matches, when few; `need` one of which every match contains. */
interface Info {
  exact: string[] | null;
  need: string[] | null;
}

const MAX_EXACT = 16;
/** Shorter strings than this say too little to be worth a search. */
const MIN_NEED = 3;

const ANY: Info = { exact: null, need: null };
const EMPTY: Info = { exact: [""], need: null };

function needOf(info: Info): string[] | null {
  const fromExact = info.exact && info.exact.every((s) => s.length >= MIN_NEED) ? info.exact : null;
  return better(info.need, fromExact);
}

/** The more telling of two requirements: the one whose shortest string is longer. */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!a) return b;
  if (!b) return a;
  const shortest = (list: string[]) => Math.min(...list.map((s) => s.length));
  return shortest(b) > shortest(a) || (shortest(b) === shortest(a) && b.length < a.length) ? b : a;
}

function alternate(branches: Info[]): Info {
  const exact = branches.every((b) => b.exact) ? [...new Set(branches.flatMap((b) => b.exact!))] : null;
  if (exact && exact.length <= MAX_EXACT) return { exact, need: null };
  const needs = branches.map(needOf);
  return { exact: null, need: needs.every((n) => n) ? [...new Set(needs.flatMap((n) => n!))] : null };
}

const SPECIAL = new Set([..."\\^$.|?*+()[]{}"]);
const QUANTIFIER_START = new Set([..."?*+{"]);
const QUANTIFIER = /(?:([?*+])|\{(\d+)(?:(,)(\d*))?\})\??/y;
const GROUP_HEAD = /\((\?(?:[:=!]|<[=!]|<[A-Za-z]\w*>))?/y;

/** A recursive-descent reader of a pattern's source, keeping only what the prefilter needs. */
class Reader {
  private i = 0;
  constructor(private readonly src: string) {}

  read(): Info {
    const info = this.alternation();
    if (this.i < this.src.length) throw new Error(`required-literals: unexpected "${this.src[this.i]}" at ${this.i}`);
    return info;
  }

  private alternation(): Info {
    const branches = [this.sequence()];
    while (this.src[this.i] === "|") {
      this.i++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? branches[0]! : alternate(branches);
  }

  /**
   * A run of atoms with few exact strings grows by cross product; an atom that breaks it (\w, a
   * long alternation, a repeat) closes the run, whose strings become one candidate requirement,
   * and a new run starts after it. The best requirement of the sequence is kept.
   */
  private sequence(): Info {
    let run: string[] = [""];
    let need: string[] | null = null;
    let exact = true;
    while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") {
      const words = this.plainRun();
      if (words) {
        run = run.map((x) => x + words);
        continue;
      }
      const atom = this.quantified(this.atom());
      if (atom.exact && run.length * atom.exact.length <= MAX_EXACT) {
        run = [...new Set(run.flatMap((x) => atom.exact!.map((y) => x + y)))];
        need = better(need, atom.need);
        continue;
      }
      exact = false;
      need = better(better(need, needOf({ exact: run, need: null })), needOf(atom));
      run = atom.exact ?? [""];
    }
    return exact ? { exact: run, need } : { exact: null, need: better(need, needOf({ exact: run, need: null })) };
  }

  /** Plain characters up to the next special one, less one that a quantifier follows (it is its own atom). */
  private plainRun(): string {
    let end = this.i;
    while (end < this.src.length && !SPECIAL.has(this.src[end]!)) end++;
    if (end < this.src.length && QUANTIFIER_START.has(this.src[end]!)) end--;
    if (end <= this.i) return "";
    const words = this.src.slice(this.i, end).toLowerCase();
    this.i = end;
    return words;
  }

  private quantified(atom: Info): Info {
    QUANTIFIER.lastIndex = this.i;
    const q = QUANTIFIER.exec(this.src);
    if (!q) return atom;
    this.i += q[0].length;
    const min = q[1] ? (q[1] === "+" ? 1 : 0) : Number(q[2]);
    const max = q[1] ? (q[1] === "?" ? 1 : Infinity) : q[3] ? (q[4] ? Number(q[4]) : Infinity) : Number(q[2]);
    if (min === 0 && max === 1 && atom.exact && atom.exact.length < MAX_EXACT) return { exact: [...new Set(["", ...atom.exact])], need: null };
    if (min === 0) return ANY;
    if (min === 1 && max === 1) return atom;
    return { exact: null, need: needOf(atom) };
  }

  private atom(): Info {
    const c = this.src[this.i]!;
    if (c === "(") return this.group();
    if (c === "[") return this.charClass();
    if (c === "\\") return this.escape();
    this.i++;
    if (c === "^" || c === "$") return EMPTY;
    if (c === ".") return ANY;
    return { exact: [c.toLowerCase()], need: null };
  }

  private group(): Info {
    GROUP_HEAD.lastIndex = this.i;
    const head = GROUP_HEAD.exec(this.src)![0];
    this.i += head.length;
    const inner = this.alternation();
    if (this.src[this.i] !== ")") throw new Error(`required-literals: unclosed group at ${this.i}`);
    this.i++;
    // Lookarounds match no characters: what they look at is not part of the match.
    return head === "(?=" || head === "(?!" || head === "(?<=" || head === "(?<!" ? EMPTY : inner;
  }

  private charClass(): Info {
    const end = this.classEnd();
    const body = this.src.slice(this.i + 1, end);
    this.i = end + 1;
    // Only a short list of plain characters is read; ranges, negations and escapes are "any".
    if (body.startsWith("^") || /[\\-]/.test(body) || body.length === 0 || body.length > 6) return ANY;
    return { exact: [...new Set([...body].map((ch) => ch.toLowerCase()))], need: null };
  }

  private classEnd(): number {
    for (let j = this.i + 1; j < this.src.length; j++) {
      if (this.src[j] === "\\") j++;
      else if (this.src[j] === "]") return j;
    }
    throw new Error(`required-literals: unclosed class at ${this.i}`);
  }

  private escape(): Info {
    const next = this.src[this.i + 1] ?? "";
    if (next === "p" || next === "P") {
      const close = this.src.indexOf("}", this.i);
      this.i = close + 1;
      return ANY;
    }
    if (next === "u" && /^[0-9a-fA-F]{4}$/.test(this.src.slice(this.i + 2, this.i + 6))) {
      const ch = String.fromCharCode(parseInt(this.src.slice(this.i + 2, this.i + 6), 16));
      this.i += 6;
      return { exact: [ch.toLowerCase()], need: null };
    }
    this.i += 2;
    if (next === "b" || next === "B") return EMPTY;
    // Escaped punctuation stands for itself; every letter or digit escape (\s, \d, \w, \1, \n …) is "any".
    return /^[\p{L}\p{N}]$/u.test(next) ? ANY : { exact: [next], need: null };
  }
}

/** Lower-case strings one of which is in every text `pattern` matches (case-insensitively), or null. */
export function requiredLiterals(pattern: RegExp): string[] | null {
  const need = needOf(new Reader(pattern.source).read());
  // A literal that contains another adds nothing: the shorter one is found whenever it is.
  return need && need.filter((literal) => !need.some((other) => other !== literal && literal.includes(other)));
}

/** A text in the form the literals are searched in: lower case, and "ſ" as the "s" it folds to. */
export function prefilterForm(text: string): string {
  return text.toLowerCase().replace(/ſ/g, "s");
}

/**
 * Which rows a text may match, in one pass over the text: each row's literals are filed under
 * one three-letter piece each (the one made of the least common letters), and a row is a
 * candidate when the text has one of its pieces. Rows without literals are always candidates.
 * Sound because a literal's pieces are pieces of every text that contains it.
 */
export class LiteralIndex {
  private readonly rowsByPiece = new Map<string, number[]>();
  private readonly always: number[] = [];
  private readonly rowCount: number;

  constructor(literalsPerRow: readonly (readonly string[] | null)[]) {
    this.rowCount = literalsPerRow.length;
    literalsPerRow.forEach((literals, row) => {
      if (!literals) {
        this.always.push(row);
        return;
      }
      for (const literal of literals) {
        const piece = rarestPiece(literal);
        const rows = this.rowsByPiece.get(piece);
        if (!rows) this.rowsByPiece.set(piece, [row]);
        else if (rows.at(-1) !== row) rows.push(row);
      }
    });
  }

  /** Per row, 1 when `text` (in `prefilterForm`) may match it. */
  candidates(text: string): Uint8Array {
    const marks = new Uint8Array(this.rowCount);
    for (const row of this.always) marks[row] = 1;
    for (let i = 0; i + 3 <= text.length; i++) {
      const rows = this.rowsByPiece.get(text.slice(i, i + 3));
      if (rows) for (const row of rows) marks[row] = 1;
    }
    return marks;
  }
}

// The letters of most words in the tables' languages, and the space between them: a piece made of
// these is in many texts, so it says little.
const COMMON = new Set([..." eaionsrtlducm'"]);

/** The literal's three-character piece with the fewest common characters (the first of equals). */
function rarestPiece(literal: string): string {
  let best = 0;
  let bestScore = -1;
  for (let i = 0; i + 3 <= literal.length; i++) {
    let score = 0;
    for (let j = i; j < i + 3; j++) if (!COMMON.has(literal[j]!)) score++;
    if (score > bestScore) {
      best = i;
      bestScore = score;
      if (score === 3) break;
    }
  }
  return literal.slice(best, best + 3);
}
