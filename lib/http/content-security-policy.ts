// The Content-Security-Policy of every page (set by proxy.ts). Scripts run only from this site
// and with the request's nonce (Next.js puts it on its own inline scripts when it finds it in the
// request's CSP header); 'strict-dynamic' lets those scripts load the app's chunks. Styles allow
// inline `style` attributes: React renders them for charts and progress bars, and a style cannot
// run code. Nothing may frame the portal, and forms post only to it.

export function contentSecurityPolicy(nonce: string, options: { https: boolean; dev: boolean }): string {
  return [
    "default-src 'self'",
    // 'unsafe-eval' only in development, where React rebuilds error stacks with eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Over plain http (a local demo) upgrading would break every request for assets.
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** 128 random bits, base64: unguessable, fresh for every rendering. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
