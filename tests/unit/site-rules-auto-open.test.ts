import { describe, expect, it, vi } from "vitest";

vi.mock("../../src/platform/browser-api.js", () => ({ browser: {} }));
const { autoOpenOrigin } = await import("../../src/background/auto-open.js");

describe("auto-open decides per origin", () => {
  const listed = async () => ["https://news.example"];

  it("opens on a listed origin the user granted", async () => {
    const granted = vi.fn(async () => true);
    expect(await autoOpenOrigin("https://news.example/story/1", listed, granted)).toBe("https://news.example");
    expect(granted).toHaveBeenCalledWith("https://news.example/*");
  });

  it("does nothing on a listed origin whose permission was withdrawn", async () => {
    expect(await autoOpenOrigin("https://news.example/story/1", listed, async () => false)).toBeNull();
  });

  it("never asks about origins that are not listed, other schemes or subdomains", async () => {
    const granted = vi.fn(async () => true);
    for (const url of ["https://other.example/", "http://news.example/", "https://www.news.example/", "chrome://newtab", undefined]) {
      expect(await autoOpenOrigin(url, listed, granted)).toBeNull();
    }
    expect(granted).not.toHaveBeenCalled();
  });
});
