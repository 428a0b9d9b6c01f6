/** @type {import('next').NextConfig} */
const nextConfig = {
  // Loaded with plain Node `import` instead of being bundled:
  //  - PGlite reads postgres.wasm / pglite.data beside its own files at runtime (bundled, it
  //    builds fine and then fails every request); its Prisma adapter must share that instance;
  //  - mammoth (.docx notice import): its package.json `browser` field swaps in file-system-less
  //    replacements that a bundler may pick; Node's own loader ignores that field.
  //  - exceljs (exports): kept external as STACK.md prescribes for these versions.
  //  - nodemailer (notification mails): a Node.js library of sockets and streams, nothing to bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "mammoth", "exceljs", "nodemailer"],
  // lib/db/migrate.ts reads prisma/migrations at runtime (PGlite migrates on open); its fs calls
  // are hidden from Turbopack, so name the folder for output tracing.
  outputFileTracingIncludes: { "/*": ["./prisma/migrations/**/*"] },
  // Report forms upload evidence files through a server action (each file at most 20 MB, checked
  // by content in lib/data/reports/save-report.ts); Next's default request limit is 1 MB.
  experimental: { serverActions: { bodySizeLimit: "100mb" } },
  // Do not advertise the framework.
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          // No MIME sniffing of uploads or downloads (imported notices, exports).
          { key: "X-Content-Type-Options", value: "nosniff" },
          // Internal URLs (ids, filters) do not leak to other sites.
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          // The portal is never meant to be framed: no clickjacking of its forms.
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
