/**
 * Every reader tool, registered by importing its file (tools/tool.ts). A new tool is a new file
 * here and one line below; the overlay's shell never changes for it.
 */
import "./typography.js";
import "./read-aloud.js";
import "./picker.js";
import "./print.js";
import "./keyboard-help.js";
import "./lightbox.js";
