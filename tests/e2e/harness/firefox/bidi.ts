/**
 * A minimal WebDriver BiDi client over `ws`: numbered commands with their results, and
 * events to subscribe to. Firefox hands out the connection's URL in the capabilities of the
 * Marionette session (webSocketUrl: true); it refuses a second, separate session.
 */
import WebSocket from "ws";

export class BidiError extends Error {
  constructor(
    readonly method: string,
    readonly error: string,
    message: string,
  ) {
    super(`BiDi ${method}: ${error}: ${message}`);
  }
}

export interface BidiEvent {
  method: string;
  params: Record<string, unknown>;
}

export interface BidiClient {
  send<T = Record<string, unknown>>(method: string, params?: Record<string, unknown>): Promise<T>;
  /** Calls `listener` for every event with this method (after session.subscribe). Returns an unsubscribe function. */
  on(method: string, listener: (params: Record<string, unknown>) => void): () => void;
  close(): Promise<void>;
}

export async function connectBidi(url: string): Promise<BidiClient> {
  const socket = new WebSocket(url, { perMessageDeflate: false });
  await new Promise<void>((resolve, reject) => {
    socket.once("open", resolve);
    socket.once("error", reject);
  });
  const pending = new Map<number, { method: string; resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const listeners = new Map<string, Set<(params: Record<string, unknown>) => void>>();
  let nextId = 1;
  socket.on("message", (data) => {
    const message = JSON.parse(String(data)) as {
      id?: number;
      type: "success" | "error" | "event";
      result?: unknown;
      error?: string;
      message?: string;
      method?: string;
      params?: Record<string, unknown>;
    };
    if (message.type === "event") {
      for (const listener of listeners.get(message.method!) ?? []) listener(message.params ?? {});
      return;
    }
    const waiting = message.id === undefined ? undefined : pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id!);
    if (message.type === "error") waiting.reject(new BidiError(waiting.method, message.error ?? "error", message.message ?? ""));
    else waiting.resolve(message.result);
  });
  socket.on("close", () => {
    for (const waiting of pending.values()) waiting.reject(new Error(`BiDi connection closed during ${waiting.method}`));
    pending.clear();
  });
  return {
    send<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { method, resolve: resolve as (value: unknown) => void, reject });
        socket.send(JSON.stringify({ id, method, params }));
      });
    },
    on(method, listener) {
      const set = listeners.get(method) ?? new Set();
      set.add(listener);
      listeners.set(method, set);
      return () => set.delete(listener);
    },
    async close() {
      if (socket.readyState === WebSocket.CLOSED) return;
      await new Promise<void>((resolve) => {
        socket.once("close", () => resolve());
        socket.close();
      });
    },
  };
}
