/**
 * Datelines and bylines as lines of their own, in the languages the corpora show (issue #14):
 * Polish, Czech, Nordic and Turkish month names, "Publiziert:"-style stamps, and a byline with
 * a dated tail ("von Jane Doe am 14. Mai 2014"). A sentence that carries a date is not one.
 */
import { describe, expect, it } from "vitest";
import { datelineOf } from "../../src/core/clutter/block-signals.js";

const DATELINES = [
  "16 marca 2021",
  "3. března 2022, 14:05",
  "12 Mart 2021 Cuma",
  "14 maj 2020",
  "Publiziert: 03.04.2020, 12:35",
  "Erschienen am 5. Februar 2020",
  "Opublikowano: 12.03.2021",
  "von Anja Schmoll-Trautmann am 14. Mai 2014, 15:40 Uhr",
  "By Jane Doe on 12 May 2020",
  "Par Marie Dupont le 3 avril 2019 à 10h",
];

const NOT_DATELINES = [
  "Von Berlin aus fuhr der Zug am 14. Mai 2014 weiter nach Hamburg, wo er am Abend ankam.",
  "By the end of the year the council had spent more than it raised from the new parking charges.",
  "Polska gospodarka rosła w tempie najszybszym od dekady, podał urząd statystyczny w swoim raporcie.",
];

describe("datelines", () => {
  it.each(DATELINES)("reads %j as a dateline", (line) => expect(datelineOf(line)).toBe(true));
  it.each(NOT_DATELINES)("reads %j as prose", (line) => expect(datelineOf(line)).toBe(false));
});
