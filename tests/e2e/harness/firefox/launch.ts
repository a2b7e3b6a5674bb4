/**
 * Starts Debian's firefox-esr headless on a fresh profile with Marionette and the Remote
 * Agent (WebDriver BiDi) on free ports, and opens the one session the tests use: Marionette
 * (chrome context: toolbar click, keyboard command, console) with its BiDi connection
 * (pages, scripts, input, screenshots). Firefox accepts a single session per browser.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { connectBidi, type BidiClient } from "./bidi.js";
import { connectMarionette, type MarionetteClient } from "./marionette.js";
import { createFirefoxProfile, removeFirefoxProfile } from "./profile.js";

/** The Firefox binary: Debian's firefox-esr, unless QR_FIREFOX names another. */
export const FIREFOX_PATH = process.env.QR_FIREFOX ?? "/usr/lib/firefox-esr/firefox-esr";

export interface FirefoxProcess {
  readonly process: ChildProcess;
  readonly profileDir: string;
  readonly marionette: MarionetteClient;
  readonly bidi: BidiClient;
  /** Firefox's stderr so far (for failure messages). */
  stderr(): string;
  /** Firefox's stdout so far: console.* calls of content processes (profile.ts turns that on). */
  stdout(): string;
  close(): Promise<void>;
}

async function waitFor<T>(what: string, probe: () => Promise<T | null>, timeoutMs: number, stderr: () => string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`Firefox: timed out waiting for ${what}. stderr:\n${stderr().slice(-2000)}`);
    await sleep(50);
  }
}

export async function startFirefox(options: { uiLanguage?: string } = {}): Promise<FirefoxProcess> {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(`Firefox not found at ${FIREFOX_PATH}: install Debian's firefox-esr (apt-get install firefox-esr) or set QR_FIREFOX.`);
  }
  const profileDir = await createFirefoxProfile(options.uiLanguage);
  const args = [
    "--headless",
    "--no-remote",
    "--profile", profileDir,
    "--remote-debugging-port", "0",
    "--marionette",
    // Marionette may run privileged (chrome context) scripts only with this switch.
    "--remote-allow-system-access",
    "about:blank",
  ];
  const child = spawn(FIREFOX_PATH, args, {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, MOZ_HEADLESS: "1", MOZ_CRASHREPORTER_DISABLE: "1", LANGUAGE: (options.uiLanguage ?? "en-US").replace("-", "_") },
  });
  let stderr = "";
  child.stderr!.setEncoding("utf8");
  child.stderr!.on("data", (chunk: string) => {
    stderr += chunk;
    if (stderr.length > 200_000) stderr = stderr.slice(-100_000);
  });
  let stdout = "";
  child.stdout!.setEncoding("utf8");
  child.stdout!.on("data", (chunk: string) => {
    stdout += chunk;
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  // Never leave a browser behind when the test process ends without closing it.
  const killOnExit = (): void => void child.kill("SIGKILL");
  process.once("exit", killOnExit);
  void exited.then(() => process.off("exit", killOnExit));
  const kill = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const done = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
      if (!done) child.kill("SIGKILL");
      await exited;
    }
    await removeFirefoxProfile(profileDir);
  };
  try {
    const getStderr = (): string => stderr;
    const port = await waitFor(
      "Marionette's port",
      async () => {
        if (child.exitCode !== null) throw new Error(`Firefox exited with ${child.exitCode}:\n${stderr.slice(-2000)}`);
        const text = await readFile(join(profileDir, "MarionetteActivePort"), "utf8").catch(() => "");
        return /^\d+$/.test(text.trim()) ? Number(text.trim()) : null;
      },
      30_000,
      getStderr,
    );
    const marionette = await connectMarionette(port);
    const session = await marionette.send<{ capabilities: { webSocketUrl?: string } }>("WebDriver:NewSession", {
      // Marionette takes the capabilities flat (geckodriver unwraps alwaysMatch for it).
      webSocketUrl: true,
      acceptInsecureCerts: false,
    });
    const { capabilities } = session;
    if (!capabilities.webSocketUrl) throw new Error(`Firefox's session has no webSocketUrl: ${JSON.stringify(session)}`);
    const bidi = await connectBidi(capabilities.webSocketUrl);
    return {
      process: child,
      profileDir,
      marionette,
      bidi,
      stderr: getStderr,
      stdout: () => stdout,
      async close() {
        await bidi.close().catch(() => {});
        await marionette.send("Marionette:Quit", { flags: ["eForceQuit"] }).catch(() => {});
        marionette.close();
        await kill();
      },
    };
  } catch (error) {
    await kill();
    throw error;
  }
}
