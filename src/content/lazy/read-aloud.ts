/**
 * Lazy bundle "read-aloud": the Web Speech reader and its sentence splitter, injected when
 * the user first asks for read aloud.
 */
import { ReadAloud } from "../overlay/read-aloud.js";
import { registerLazy } from "./registry.js";

export interface ReadAloudModule {
  ReadAloud: typeof ReadAloud;
}

registerLazy("read-aloud", { ReadAloud });
