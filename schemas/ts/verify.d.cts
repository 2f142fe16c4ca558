/** The HTTP header that carries a webhook body's signature. */
export declare const SIGNATURE_HEADER: "x-periskope-signature";

/**
 * Whether `signature` (64 hex digits, either case) is the HMAC-SHA256 of `rawBody` under one of
 * `keys` (several for a key rotation; any one may match), compared in constant time.
 *
 * Pass the body exactly as received (`express.raw()`, or the request's Buffer), never JSON
 * written again from the parsed body: other bytes give another signature. A missing or
 * malformed signature is `false`.
 * @throws TypeError when the body is a string or not bytes, or when no key is given.
 */
export declare function verifyWebhookSignature(
  rawBody: Uint8Array,
  signature: string | undefined | null,
  keys: string | Uint8Array | Iterable<string | Uint8Array>,
): boolean;

/**
 * The signature Periskope would send for `rawBody`: the lowercase hex HMAC-SHA256 of the bytes
 * under `key`, the value of the `x-periskope-signature` header. For tests and mocks of a
 * receiver: sign exactly the bytes you send.
 * @throws TypeError when the body is a string or not bytes.
 */
export declare function signWebhookBody(rawBody: Uint8Array, key: string | Uint8Array): string;
