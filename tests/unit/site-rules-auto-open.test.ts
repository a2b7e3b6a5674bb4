import { describe, expect, it, vi } from "vitest";

vi.mock("../../src/platform/browser-api.js", () => ({ browser: {} }));
const { autoOpenOrigin } = await import("../../src/background/auto-open.js");
const { originFromInput } = await import("../../src/options/auto-open-list.js");

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

describe("the site a user types in the options page", () => {
  it("becomes one origin, with https assumed for a bare host name", () => {
    expect(originFromInput("news.example")).toBe("https://news.example");
    expect(originFromInput(" http://news.example/politics/story?id=3 ")).toBe("http://news.example");
    expect(originFromInput("https://news.example:8443/a")).toBe("https://news.example:8443");
  });

  it("rejects empty input and non-web schemes", () => {
    expect(originFromInput("")).toBeNull();
    expect(originFromInput("ftp://files.example")).toBeNull();
    expect(originFromInput("javascript:alert(1)")).toBeNull();
  });
});
