/** Parses the quiet-reader command line into options, or a usage error with one clear line. */
import { DEFAULT_LIMITS, parseByteSize, type InputLimits } from "./input-limits.js";

export type OutputFormat = "html" | "json" | "md";

export interface CliOptions {
  input: string;
  url?: string;
  format: OutputFormat;
  out?: string;
  limits: InputLimits;
  /** Print why each block went or stayed (features, score, decision) instead of the article. */
  explain: boolean;
}

export class UsageError extends Error {}

export const USAGE = `usage: quiet-reader <file.html|URL|-> [--url URL] [--format html|json|md] [--out FILE] [--max-bytes N] [--timeout SECONDS] [--explain]`;

const FORMATS: readonly OutputFormat[] = ["html", "json", "md"];

export function parseArgs(argv: readonly string[]): CliOptions | "help" {
  let input: string | undefined;
  let url: string | undefined;
  let format: OutputFormat = "html";
  let out: string | undefined;
  const limits: InputLimits = { ...DEFAULT_LIMITS };
  let explain = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = (): string => {
      const next = inline ?? argv[++i];
      if (next === undefined || next === "") throw new UsageError(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case "-h":
      case "--help":
        return "help";
      case "--url": {
        const candidate = value();
        if (!/^https?:\/\//i.test(candidate)) throw new UsageError(`--url must be an http(s) URL, got "${candidate}"`);
        url = candidate;
        break;
      }
      case "--format":
      case "-f": {
        const candidate = value();
        if (!FORMATS.includes(candidate as OutputFormat)) throw new UsageError(`unknown format "${candidate}" (use ${FORMATS.join(", ")})`);
        format = candidate as OutputFormat;
        break;
      }
      case "--max-bytes": {
        const candidate = value();
        const bytes = parseByteSize(candidate);
        if (bytes === null) throw new UsageError(`--max-bytes must be a positive size like 1048576, 512K or 50M, got "${candidate}"`);
        limits.maxBytes = bytes;
        break;
      }
      case "--timeout": {
        const candidate = value();
        const seconds = /^\d+(?:\.\d+)?$/.test(candidate) ? Number(candidate) : NaN;
        if (!(seconds > 0 && seconds <= 86_400)) throw new UsageError(`--timeout must be a number of seconds between 0 and 86400, got "${candidate}"`);
        limits.timeoutMs = Math.round(seconds * 1000);
        break;
      }
      case "--explain":
        if (inline !== undefined) throw new UsageError("--explain takes no value");
        explain = true;
        break;
      case "--out":
      case "-o":
        out = value();
        break;
      default:
        if (flag.startsWith("-") && flag !== "-") throw new UsageError(`unknown option ${flag}`);
        if (input !== undefined) throw new UsageError(`only one input is allowed (got "${input}" and "${arg}")`);
        input = arg;
    }
  }
  if (input === undefined) throw new UsageError("missing input: a file path or an http(s) URL");
  return { input, url, format, out, limits, explain };
}
