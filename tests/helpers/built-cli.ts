/** Runs the built quiet-reader CLI (dist/cli, or $QR_DIST/cli) as a user would. */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..", "..");
export const CLI_PATH = join(process.env.QR_DIST ? resolve(process.env.QR_DIST) : join(ROOT, "dist"), "cli", "quiet-reader.mjs");

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], input?: string): CliRun {
  if (!existsSync(CLI_PATH)) throw new Error(`${CLI_PATH} is missing: run \`npm run build\` first (npm test does)`);
  const result = spawnSync(process.execPath, [CLI_PATH, ...args], { cwd: ROOT, input, encoding: "utf8", timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
