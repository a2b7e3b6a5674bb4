/**
 * Files the browser downloads (the library's <a download> exports): the profile sends them
 * to <profile>/downloads without asking (profile.ts); a new, finished file there is the
 * download. Firefox writes a .part file first and renames it when done.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { downloadDir } from "./profile.js";

export async function awaitDownload(profileDir: string, trigger: () => Promise<void>, timeoutMs = 15_000): Promise<{ name: string; body: Buffer }> {
  const dir = downloadDir(profileDir);
  const before = new Set(await readdir(dir));
  await trigger();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const names = await readdir(dir);
    const fresh = names.filter((name) => !before.has(name) && !name.endsWith(".part"));
    const pending = names.some((name) => name.endsWith(".part"));
    if (fresh.length === 1 && !pending) {
      const name = fresh[0]!;
      // The rename may come before the last write is visible in size; wait for a stable size.
      const size = (await stat(join(dir, name))).size;
      await sleep(100);
      if ((await stat(join(dir, name))).size === size) return { name, body: await readFile(join(dir, name)) };
    }
    if (fresh.length > 1) throw new Error(`More than one download: ${fresh.join(", ")}`);
    if (Date.now() > deadline) throw new Error(`No download arrived in ${dir} (files: ${names.join(", ")})`);
    await sleep(50);
  }
}
