/** The CLI's input error (one line for the user, exit 1) and the "does this look like HTML" test shared by every input. */

export class InputError extends Error {}

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, "").trimStart();
  return /^<(?:!doctype html|html|head|body|!--|meta|title|div|p|article|section|main|h[1-6])[\s>]/i.test(head) || /<(?:html|body|p|div|article)[\s>]/i.test(text.slice(0, 65536));
}
