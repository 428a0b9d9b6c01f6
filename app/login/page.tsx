import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { LoginForm } from "@/components/auth/login-form.tsx";
import { Card } from "@/components/ui/card.tsx";
import { getViewer } from "@/lib/auth/viewer.ts";
import { safeReturnPath } from "@/lib/http/return-path.ts";
import { authMessages } from "@/lib/messages/auth.ts";

export const metadata: Metadata = { title: authMessages.signIn };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const callbackUrl = safeReturnPath((await searchParams).callbackUrl);
  if (await getViewer()) redirect(callbackUrl);
  return (
    <div className="mx-auto max-w-sm py-10">
      <Card>
        <h1 className="mb-5 text-xl font-bold">{authMessages.loginTitle}</h1>
        <LoginForm callbackUrl={callbackUrl} />
      </Card>
    </div>
  );
}
