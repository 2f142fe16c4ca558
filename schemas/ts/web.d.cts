import type { WebhookEventInput } from "./index.js";

/** The HTTP header that carries a webhook body's signature. */
export declare const SIGNATURE_HEADER: "x-periskope-signature";

/** Where a refused delivery is wrong: the JSON path and the JSON Schema keyword that failed. Values are never included, so nothing of a message's text is echoed or logged. */
export interface ReceiveFinding {
  /** The JSON path, such as `$.data.ack`. */
  path: string;
  /** The JSON Schema keyword that failed: `type`, `required`, `anyOf`, … */
  keyword: string;
}

/** A delivery that was verified, read and checked. */
export interface Received {
  ok: true;
  /** The body, checked by `isWebhookEventInput`. */
  event: WebhookEventInput;
  /** What to deduplicate on (see `deliveryKey`); `undefined` for an unknown event without an `id`. */
  deliveryKey: string | undefined;
}

/** A delivery that was refused, with the status to answer. */
export interface Refused {
  ok: false;
  /** 401: no or a wrong signature; 413: too large; 400: not JSON; 422: JSON but not a webhook delivery. */
  status: 400 | 401 | 413 | 422;
  /** Why, in a sentence that quotes nothing of the body. */
  reason: string;
  /** For a 422, where the body is wrong. */
  findings: ReceiveFinding[];
}

/** The options of `receiveWebhook`. */
export interface ReceiveOptions {
  /** The signing key, or several during a rotation (any one may match). */
  keys: string | Uint8Array | Iterable<string | Uint8Array>;
  /** The largest body read, in bytes (default 1 MiB); a larger one is a 413. */
  maxBytes?: number;
}

/**
 * Receives a webhook delivery from a fetch `Request`: reads the body once (at most `maxBytes`),
 * verifies its signature over the raw bytes with WebCrypto, parses it and runs the input guard.
 * Runs in any runtime with `Request` and `crypto.subtle` (Node 18+, Deno, Bun, Cloudflare
 * Workers, Vercel edge).
 * @throws TypeError when no key is given.
 */
export declare function receiveWebhook(request: Request, options: ReceiveOptions): Promise<Received | Refused>;

/** The lowercase hex HMAC-SHA256 of `rawBody` under `key`, with WebCrypto. */
export declare function signWebhookBody(rawBody: Uint8Array, key: string | Uint8Array): Promise<string>;

/** Whether `signature` is the HMAC-SHA256 of `rawBody` under one of `keys`, with WebCrypto; `false` for a missing or malformed signature. */
export declare function verifyWebhookSignature(
  rawBody: Uint8Array,
  signature: string | undefined | null,
  keys: string | Uint8Array | Iterable<string | Uint8Array>,
): Promise<boolean>;
