// Who sent a request and how, from the connection and — only when the connection comes from a
// trusted proxy — from the forwarding headers. Pure: lib/http/request-guard/guard-request.ts
// writes the answer back into the request headers before Next.js, Auth.js or the app read them.
import { isIP } from "node:net";
import { plainAddress, type TrustedProxies } from "./trusted-proxies.ts";

export type RequestOrigin = {
  /** The client's address: what the sign-in throttle counts by. */
  clientAddress: string;
  protocol: "http" | "https";
  /** The host the client asked for (X-Forwarded-Host from a trusted proxy, else Host); null when missing or malformed. */
  host: string | null;
};

type Headers = Record<string, string | string[] | undefined>;

const joined = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value.join(",") : value);
/** The first of a comma-separated header's values ("https, http" → "https"), trimmed and lower case. */
const firstValue = (value: string | string[] | undefined): string => (joined(value) ?? "").split(",")[0].trim().toLowerCase();

/** One entry of X-Forwarded-For / X-Real-IP as an address ("203.0.113.7:51234", "[2001:db8::1]:443" → the address), or null. */
export function forwardedAddress(entry: string): string | null {
  let value = entry.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1];
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  return isIP(value) ? plainAddress(value.toLowerCase()) : null;
}

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** A Host / X-Forwarded-Host value that a URL can be built from, or null. */
export function validHost(value: string | undefined): string | null {
  const host = value?.trim();
  return host && host.length <= 255 && HOST.test(host) ? host.toLowerCase() : null;
}

/**
 * The client of a request. From an untrusted peer: the peer itself, over the connection's own
 * protocol, for the Host it sent. From a trusted proxy: X-Forwarded-For read from the right,
 * skipping trusted proxies (anything left of the first untrusted address may be made up by the
 * client), else X-Real-IP; the first X-Forwarded-Proto and X-Forwarded-Host.
 */
export function requestOrigin(peer: string | undefined, encrypted: boolean, headers: Headers, trusted: TrustedProxies): RequestOrigin {
  const socketAddress = plainAddress(peer ?? "");
  const ownProtocol = encrypted ? "https" : "http";
  if (!socketAddress || !trusted.has(socketAddress)) {
    return { clientAddress: socketAddress, protocol: ownProtocol, host: validHost(joined(headers.host)) };
  }
  const hops = (joined(headers["x-forwarded-for"]) ?? "").split(",").filter((s) => s.trim() !== "");
  let untrusted: string | null = null;
  let leftmost: string | null = null;
  for (let i = hops.length - 1; i >= 0 && untrusted === null; i--) {
    const address = forwardedAddress(hops[i]);
    if (!address) break; // garbage: what is left of it cannot be believed either
    leftmost = address;
    if (!trusted.has(address)) untrusted = address;
  }
  // Only proxies in X-Forwarded-For (or none): a proxy that reports the client in X-Real-IP.
  const clientAddress = untrusted ?? forwardedAddress(firstValue(headers["x-real-ip"])) ?? leftmost ?? socketAddress;
  const proto = firstValue(headers["x-forwarded-proto"]);
  const protocol = proto === "https" || proto === "http" ? proto : ownProtocol;
  const host = validHost(firstValue(headers["x-forwarded-host"])) ?? validHost(joined(headers.host));
  return { clientAddress, protocol, host };
}
