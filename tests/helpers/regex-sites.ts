/**
 * Finds every place in src/ that makes a regular expression, so the ReDoS test
 * (tests/unit/redos-checker.test.ts) checks them all and a new one cannot slip past review:
 * regex literals, `new RegExp(…)` / `RegExp(…)` calls (static when the pattern is a string
 * literal, dynamic otherwise), and `.match/.matchAll/.search(x)` calls, which compile a string
 * argument into a RegExp (their argument must be a literal or a constant known to hold one).
 * It parses with the TypeScript compiler (syntax only: a type-checked program would cost
 * seconds). Also: the lookaround relaxation that lets recheck's automaton checker (which
 * refuses lookarounds) prove a pattern with cheap lookarounds safe.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import ts from "typescript";

export interface LiteralSite {
  kind: "literal" | "static-constructor";
  file: string;
  line: number;
  owner: string;
  source: string;
  flags: string;
}

export interface DynamicSite {
  /** "constructor": new RegExp(non-literal); "string-method": .match/.matchAll/.search(x) with x not provably a RegExp. */
  kind: "constructor" | "string-method";
  file: string;
  line: number;
  owner: string;
  text: string;
}

export interface RegexSites {
  literals: LiteralSite[];
  dynamic: DynamicSite[];
}

/** The name of the nearest named declaration around a node: the key an allow-list can use. */
function ownerOf(node: ts.Node): string {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if ((ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n) || ts.isClassDeclaration(n)) && n.name) return n.name.getText();
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name)) return n.name.text;
    if (ts.isPropertyAssignment(n) || ts.isPropertyDeclaration(n)) return n.name.getText();
  }
  return "(module)";
}

function literalText(node: ts.Expression | undefined): string | undefined {
  if (!node) return "";
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  return undefined;
}

/** Names of top-level `const X = /…/` or `const X = new RegExp(…)` in a file (exported or not). */
function regexConstants(sf: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const statement of sf.statements) {
    if (!ts.isVariableStatement(statement) || !(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
    for (const decl of statement.declarationList.declarations) {
      const init = decl.initializer;
      if (!ts.isIdentifier(decl.name) || !init) continue;
      const isRegex =
        init.kind === ts.SyntaxKind.RegularExpressionLiteral ||
        ((ts.isNewExpression(init) || ts.isCallExpression(init)) && ts.isIdentifier(init.expression) && init.expression.text === "RegExp");
      if (isRegex) names.add(decl.name.text);
    }
  }
  return names;
}

/** Local name → RegExp constant, for names declared in the file or imported from a sibling module that declares them. */
function knownRegexNames(sf: ts.SourceFile, file: string, constantsByFile: Map<string, Set<string>>): Set<string> {
  const known = new Set(constantsByFile.get(file));
  for (const statement of sf.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const spec = statement.moduleSpecifier.text;
    if (!spec.startsWith(".")) continue;
    const target = posix.normalize(posix.join(posix.dirname(file), spec)).replace(/\.js$/, ".ts");
    const exported = constantsByFile.get(target);
    const bindings = statement.importClause?.namedBindings;
    if (!exported || !bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) {
      if (exported.has((element.propertyName ?? element.name).text)) known.add(element.name.text);
    }
  }
  return known;
}

/** Every .ts file under `root` (relative paths with "/"), sorted. */
export function sourceFiles(root: string): string[] {
  return (readdirSync(root, { recursive: true }) as string[])
    .filter((p) => p.endsWith(".ts") && !p.endsWith(".d.ts"))
    .map((p) => posix.join(root, p.split("\\").join("/")))
    .sort();
}

export function collectRegexSites(files: readonly string[], baseDir = "."): RegexSites {
  const parsed = files.map((file) => ({ file, sf: ts.createSourceFile(file, readFileSync(join(baseDir, file), "utf8"), ts.ScriptTarget.Latest, true) }));
  const constantsByFile = new Map(parsed.map(({ file, sf }) => [file, regexConstants(sf)]));
  const literals: LiteralSite[] = [];
  const dynamic: DynamicSite[] = [];
  for (const { file, sf } of parsed) {
    const known = knownRegexNames(sf, file, constantsByFile);
    const lineOf = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText();
        const end = text.lastIndexOf("/");
        literals.push({ kind: "literal", file, line: lineOf(node), owner: ownerOf(node), source: text.slice(1, end), flags: text.slice(end + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === "RegExp") {
        const source = literalText(node.arguments?.[0]);
        const flags = literalText(node.arguments?.[1]);
        if (source !== undefined && flags !== undefined) literals.push({ kind: "static-constructor", file, line: lineOf(node), owner: ownerOf(node), source, flags });
        else dynamic.push({ kind: "constructor", file, line: lineOf(node), owner: ownerOf(node), text: node.getText().slice(0, 80) });
      } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ["match", "matchAll", "search"].includes(node.expression.name.text) && node.arguments.length > 0) {
        const arg = node.arguments[0]!;
        const provablyRegex = arg.kind === ts.SyntaxKind.RegularExpressionLiteral || (ts.isIdentifier(arg) && known.has(arg.text));
        const asString = literalText(arg);
        if (asString !== undefined) literals.push({ kind: "static-constructor", file, line: lineOf(node), owner: ownerOf(node), source: asString, flags: "" });
        else if (!provablyRegex) dynamic.push({ kind: "string-method", file, line: lineOf(node), owner: ownerOf(node), text: node.getText().slice(0, 80) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { literals, dynamic };
}

/** Index just past the group that opens at `open` (source[open] === "("), skipping escapes and classes. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "[") i = classEnd(source, i) - 1;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i + 1;
  }
  throw new Error(`unbalanced group at ${open} in /${source}/`);
}

/** Index just past the character class that opens at `open`. */
function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === "\\") i++;
    else if (source[i] === "]") return i + 1;
  }
  throw new Error(`unterminated class at ${open} in /${source}/`);
}

/** Whether a pattern repeats anything without an upper bound (*, +, {n,}) outside escapes and classes. */
export function hasUnboundedRepeat(source: string): boolean {
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      // \p{…}, \u{…}: the braces are part of the escape, not a quantifier.
      if (/[pPu]/.test(source[i + 1] ?? "") && source[i + 2] === "{") i = source.indexOf("}", i);
      else i++;
    } else if (c === "[") i = classEnd(source, i) - 1;
    else if (c === "*" || c === "+") return true;
    else if (c === "{" && /^\{\d+,\}/.test(source.slice(i))) return true;
  }
  return false;
}

export interface Relaxed {
  /** The pattern with every lookaround removed. */
  source: string;
  /** Lookarounds that repeat without bound (their own cost grows with the input): the relaxation proves nothing for them. */
  unboundedLookarounds: string[];
}

/**
 * The pattern with its lookarounds removed. Sound for ReDoS when every lookaround is bounded:
 * a lookaround only ever cuts paths, so the backtracking paths of the original are a subset
 * of the relaxed pattern's, and evaluating a lookaround with no unbounded repeat costs a
 * constant. If the relaxed pattern is safe (finitely ambiguous), so is the original.
 */
export function relaxLookarounds(source: string): Relaxed {
  let out = "";
  const unboundedLookarounds: string[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      out += source.slice(i, i + 2);
      i++;
    } else if (c === "[") {
      const end = classEnd(source, i);
      out += source.slice(i, end);
      i = end - 1;
    } else if (c === "(" && /^\(\?(?:[=!]|<[=!])/.test(source.slice(i, i + 4))) {
      const end = groupEnd(source, i);
      const group = source.slice(i, end);
      if (hasUnboundedRepeat(group)) unboundedLookarounds.push(group);
      i = end - 1;
    } else out += c;
  }
  return { source: out, unboundedLookarounds };
}
