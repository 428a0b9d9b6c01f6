import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header.tsx";
import { messages } from "@/lib/messages/zh-CN.ts";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: `${messages.appName} · ${messages.appTagline}`, template: `%s · ${messages.appName}` },
  description: messages.appTagline,
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// Header and <main> live here, not in a route group, so the not-found and error pages get the
// same frame (and exactly one main landmark) whether or not a route matched.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen font-sans">
        <SiteHeader />
        <main id="main" className="mx-auto max-w-6xl px-4 py-6 print:max-w-none print:p-0">
          {children}
        </main>
      </body>
    </html>
  );
}
