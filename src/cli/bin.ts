/** Executable entry of the quiet-reader CLI (bundled to dist/cli/quiet-reader.mjs). */
import { main } from "./quiet-reader.js";

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`quiet-reader: unexpected error: ${(error as Error)?.message ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
