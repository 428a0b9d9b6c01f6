// TRUSTED_PROXIES: the reverse proxies whose forwarding headers (X-Forwarded-For, X-Real-IP,
// X-Forwarded-Proto, X-Forwarded-Host) are believed. Anyone else may send those headers too, so
// from anyone else they are ignored and the connection's own address and protocol count.
//   TRUSTED_PROXIES="127.0.0.1, 10.0.0.0/8, ::1"   addresses and CIDR ranges, IPv4 or IPv6
//   TRUSTED_PROXIES=loopback                         127.0.0.0/8 and ::1 (a proxy on the same host)
// Unset: nobody is trusted (Duban reached directly).
import { BlockList, isIP } from "node:net";

export type TrustedProxies = { has(address: string): boolean; readonly size: number };

/** "::ffff:127.0.0.1" (IPv4 on a dual-stack socket) → "127.0.0.1"; other addresses as they are. */
export function plainAddress(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return mapped ? mapped[1] : address;
}

/** Why one entry of TRUSTED_PROXIES is not an address, range or keyword; null when it is one. */
export function trustedProxyEntryError(entry: string): string | null {
  if (entry === "loopback") return null;
  const [address, bits, extra] = entry.split("/");
  const family = isIP(address);
  if (!family || extra !== undefined) return `“${entry}”不是 IP 地址或 CIDR 网段`;
  if (bits === undefined) return null;
  const max = family === 4 ? 32 : 128;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= max ? null : `“${entry}”的前缀长度应在 0–${max} 之间`;
}

export const trustedProxyEntries = (value: string | undefined): string[] => (value ?? "").split(/[\s,]+/).filter(Boolean);

/** The list of an already validated TRUSTED_PROXIES value (lib/env.ts checks every entry). */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const list = new BlockList();
  const entries = trustedProxyEntries(value);
  for (const entry of entries) {
    if (entry === "loopback") {
      list.addSubnet("127.0.0.0", 8, "ipv4");
      list.addAddress("::1", "ipv6");
      continue;
    }
    const [address, bits] = entry.split("/");
    const type = isIP(address) === 4 ? "ipv4" : "ipv6";
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return {
    size: entries.length,
    has(address: string) {
      const plain = plainAddress(address);
      const family = isIP(plain);
      return family !== 0 && list.check(plain, family === 4 ? "ipv4" : "ipv6");
    },
  };
}
