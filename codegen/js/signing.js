// What the `verify` (node:crypto) and `web` (WebCrypto) subpaths share: the header's name, the
// form of a signature, and the list of keys. Bundled into each; no imports.

export const SIGNATURE_HEADER = "x-periskope-signature";

/** 64 hexadecimal digits, either case: a SHA-256 HMAC. */
export const HEX = /^[0-9a-fA-F]{64}$/;

/** One key or several (a rotation) as a list. @throws TypeError when there is none. */
export function keyList(keys) {
  const list = typeof keys === "string" || keys instanceof Uint8Array ? [keys] : Array.from(keys ?? []);
  if (list.length === 0) throw new TypeError("no signing key to verify the webhook with");
  return list;
}
