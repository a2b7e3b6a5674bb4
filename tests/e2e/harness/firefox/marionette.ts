/**
 * A minimal Marionette client: Firefox's own remote protocol over TCP, messages framed as
 * `<byte length>:<json>`. Marionette is what reaches the browser's chrome (privileged)
 * context, which the tests need for a real toolbar click, a keyboard command and the browser
 * console; it also opens the one WebDriver session whose BiDi connection drives pages.
 */
import { connect, type Socket } from "node:net";

/** A command's error as Marionette reports it ({ error, message, stacktrace }). */
export class MarionetteError extends Error {
  constructor(
    readonly command: string,
    readonly error: string,
    message: string,
  ) {
    super(`Marionette ${command}: ${error}: ${message}`);
  }
}

type Pending = { command: string; resolve: (value: unknown) => void; reject: (error: Error) => void };

export interface MarionetteClient {
  /** Sends a command ("WebDriver:NewSession", "Marionette:SetContext", ...) and returns its result. */
  send<T = unknown>(command: string, params?: Record<string, unknown>): Promise<T>;
  close(): void;
}

/** Splits a byte stream into `<len>:<json>` frames. */
function frameReader(onFrame: (json: unknown) => void): (chunk: Buffer) => void {
  let buffer = Buffer.alloc(0);
  return (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const colon = buffer.indexOf(0x3a);
      if (colon < 0) return;
      const length = Number(buffer.subarray(0, colon).toString("ascii"));
      if (!Number.isInteger(length)) throw new Error(`Marionette: bad frame header ${JSON.stringify(buffer.subarray(0, colon).toString())}`);
      if (buffer.length < colon + 1 + length) return;
      const body = buffer.subarray(colon + 1, colon + 1 + length).toString("utf8");
      buffer = buffer.subarray(colon + 1 + length);
      onFrame(JSON.parse(body));
    }
  };
}

/** Connects to Marionette on 127.0.0.1:`port` and waits for its hello. */
export async function connectMarionette(port: number): Promise<MarionetteClient> {
  const socket: Socket = connect({ host: "127.0.0.1", port });
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let hello: (() => void) | null = null;
  const helloReceived = new Promise<void>((resolve, reject) => {
    hello = resolve;
    socket.once("error", reject);
  });
  socket.on(
    "data",
    frameReader((message) => {
      if (!Array.isArray(message)) {
        // The first frame: { applicationType: "gecko", marionetteProtocol: 3 }.
        hello?.();
        hello = null;
        return;
      }
      const [, id, error, result] = message as [1, number, { error: string; message: string } | null, unknown];
      const waiting = pending.get(id);
      if (!waiting) return;
      pending.delete(id);
      if (error) waiting.reject(new MarionetteError(waiting.command, error.error, error.message));
      else waiting.resolve(result);
    }),
  );
  socket.on("close", () => {
    for (const waiting of pending.values()) waiting.reject(new Error(`Marionette connection closed during ${waiting.command}`));
    pending.clear();
  });
  await helloReceived;
  return {
    send<T>(command: string, params: Record<string, unknown> = {}): Promise<T> {
      const id = nextId++;
      const body = Buffer.from(JSON.stringify([0, id, command, params]), "utf8");
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { command, resolve: resolve as (value: unknown) => void, reject });
        socket.write(`${body.length}:`);
        socket.write(body);
      });
    },
    close: () => socket.destroy(),
  };
}
