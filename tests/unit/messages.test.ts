import { describe, expect, it } from "vitest";
import { parseMessage } from "../../src/messages/messages.js";

describe("parseMessage validates messages on receipt", () => {
  it("accepts a well-formed message", () => {
    expect(parseMessage({ type: "reader/toggle" })).toEqual({ type: "reader/toggle" });
  });

  it.each([
    ["null", null],
    ["a string command", "reader/toggle"],
    ["an unknown type", { type: "reader/explode" }],
    ["a prototype key as type", { type: "__proto__" }],
    ["a type that is not a string", { type: 42 }],
  ])("rejects %s", (_what, raw) => {
    expect(parseMessage(raw)).toBeNull();
  });
});
