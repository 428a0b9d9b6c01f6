// Personal API tokens on the real database: shown once, stored hashed, audited, revocable only by
// their owner, and useless once revoked or once the account is deactivated.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions.ts";
import { authenticateToken, LAST_USED_RESOLUTION_MS } from "@/lib/data/tokens/authenticate-token.ts";
import { createToken, MAX_ACTIVE_TOKENS, tokenInputSchema } from "@/lib/data/tokens/create-token.ts";
import { listTokens } from "@/lib/data/tokens/list-tokens.ts";
import { revokeToken } from "@/lib/data/tokens/revoke-token.ts";
import { createTestDb, useAsAppDb, type TestDb } from "../helpers/test-db.ts";
import { createViewer } from "../helpers/factories.ts";

let db: TestDb;
let reporter: Viewer;
let coordinator: Viewer;
let unitId: number;

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
const auditCount = () => db.prisma.auditEvent.count({ where: { entityType: "ApiToken" } });

beforeAll(async () => {
  db = await createTestDb();
  useAsAppDb(db);
  unitId = (await db.prisma.unit.create({ data: { name: "测试科", region: { connect: { name: "市本级" } } } })).id;
  reporter = await createViewer(db.prisma, "REPORTER", unitId);
  coordinator = await createViewer(db.prisma, "COORDINATOR");
});
afterAll(async () => db?.drop());

describe("creating a token", () => {
  it("returns a recognisable token once, and authenticating with it gives the owner", async () => {
    const created = await createToken(reporter, { name: "区县平台对接" });
    expect(created.token).toMatch(/^dbn_[A-Za-z0-9_-]{43}$/);
    expect(created.prefix).toBe(created.token.slice(0, 12));
    expect(await authenticateToken(created.token)).toEqual(reporter);
    // Two tokens are never alike.
    const other = await createToken(reporter, { name: "第二个" });
    expect(other.token).not.toBe(created.token);
  });

  it("stores only the SHA-256 and the display prefix, and audits neither the token nor the hash", async () => {
    const before = await auditCount();
    const created = await createToken(reporter, { name: "只存哈希" });
    const row = await db.prisma.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(sha256(created.token));
    expect(Object.values(row).map(String)).not.toContain(created.token);
    expect(row.prefix.length).toBeLessThan(created.token.length / 2);
    const events = await db.prisma.auditEvent.findMany({ where: { entityType: "ApiToken", entityId: String(created.id) } });
    expect(events.map((e) => e.action)).toEqual(["token.create"]);
    expect(events[0].actorId).toBe(reporter.id);
    const trail = JSON.stringify(events);
    expect(trail).not.toContain(created.token);
    expect(trail).not.toContain(row.tokenHash);
    expect(await auditCount()).toBe(before + 1);
  });

  it("wants a name, in Chinese", () => {
    const blank = tokenInputSchema.safeParse({ name: "   " });
    expect(blank.success).toBe(false);
    expect(blank.error?.issues[0].message).toBe("请填写令牌名称。");
    expect(tokenInputSchema.safeParse({ name: "x".repeat(61) }).success).toBe(false);
  });

  it(`refuses more than ${MAX_ACTIVE_TOKENS} active tokens per user and writes nothing`, async () => {
    const heavy = await createViewer(db.prisma, "LEADER");
    for (let i = 0; i < MAX_ACTIVE_TOKENS; i++) await createToken(heavy, { name: `令牌${i}` });
    const rows = await db.prisma.apiToken.count({ where: { userId: heavy.id } });
    await expect(createToken(heavy, { name: "多一个" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.prisma.apiToken.count({ where: { userId: heavy.id } })).toBe(rows);
  });
});

describe("authenticating", () => {
  it("refuses malformed, unknown and look-alike tokens", async () => {
    const { token } = await createToken(reporter, { name: "形状" });
    expect(await authenticateToken("")).toBeNull();
    expect(await authenticateToken("Bearer " + token)).toBeNull();
    expect(await authenticateToken(token.slice(0, -1))).toBeNull();
    expect(await authenticateToken(token.slice(0, -1) + (token.endsWith("A") ? "B" : "A"))).toBeNull();
    expect(await authenticateToken(sha256(token))).toBeNull(); // the stored hash is not a token
  });

  it("records the last use at most once a minute", async () => {
    const { id, token } = await createToken(reporter, { name: "使用时间" });
    const lastUsed = async () => (await db.prisma.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt;
    expect(await lastUsed()).toBeNull();
    const t0 = new Date("2030-01-01T08:00:00Z");
    await authenticateToken(token, t0);
    expect(await lastUsed()).toEqual(t0);
    await authenticateToken(token, new Date(t0.getTime() + LAST_USED_RESOLUTION_MS - 1000));
    expect(await lastUsed()).toEqual(t0);
    const later = new Date(t0.getTime() + LAST_USED_RESOLUTION_MS + 1000);
    await authenticateToken(token, later);
    expect(await lastUsed()).toEqual(later);
  });

  it("reads role and unit from the account on every use", async () => {
    const user = await createViewer(db.prisma, "REPORTER", unitId);
    const { token } = await createToken(user, { name: "角色变更" });
    await db.prisma.user.update({ where: { id: user.id }, data: { role: "LEADER", unitId: null } });
    expect(await authenticateToken(token)).toMatchObject({ id: user.id, role: "LEADER", unitId: null });
  });

  it("fails for a deactivated account's token, and works again when it is reactivated", async () => {
    const user = await createViewer(db.prisma, "REPORTER", unitId);
    const { token } = await createToken(user, { name: "停用账号" });
    expect(await authenticateToken(token)).not.toBeNull();
    await db.prisma.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await authenticateToken(token)).toBeNull();
    await db.prisma.user.update({ where: { id: user.id }, data: { active: true } });
    expect(await authenticateToken(token)).not.toBeNull();
  });
});

describe("revoking", () => {
  it("makes the token fail at once, with an audit event", async () => {
    const { id, token, prefix } = await createToken(reporter, { name: "待撤销" });
    await revokeToken(reporter, id);
    expect(await authenticateToken(token)).toBeNull();
    const row = await db.prisma.apiToken.findUniqueOrThrow({ where: { id } });
    expect(row.revokedAt).toBeInstanceOf(Date);
    const events = await db.prisma.auditEvent.findMany({ where: { entityType: "ApiToken", entityId: String(id) }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["token.create", "token.revoke"]);
    expect(events[1].after).toMatchObject({ name: "待撤销", prefix });
    expect(JSON.stringify(events)).not.toContain(row.tokenHash);
  });

  it("refuses another user's token as if it did not exist, and changes nothing", async () => {
    const { id, token } = await createToken(coordinator, { name: "局机关的令牌" });
    const audits = await auditCount();
    await expect(revokeToken(reporter, id)).rejects.toMatchObject({ code: "NOT_FOUND", message: "令牌不存在，或已撤销。" });
    expect((await db.prisma.apiToken.findUniqueOrThrow({ where: { id } })).revokedAt).toBeNull();
    expect(await authenticateToken(token)).toEqual(coordinator);
    expect(await auditCount()).toBe(audits);
  });

  it("refuses a second revoke of the same token without a second audit event", async () => {
    const { id } = await createToken(reporter, { name: "撤销两次" });
    await revokeToken(reporter, id);
    const audits = await auditCount();
    await expect(revokeToken(reporter, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await auditCount()).toBe(audits);
  });

  it("two concurrent revokes of one token record one event", async () => {
    const { id } = await createToken(reporter, { name: "并发撤销" });
    const results = await Promise.allSettled([revokeToken(reporter, id), revokeToken(reporter, id)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.prisma.auditEvent.count({ where: { entityType: "ApiToken", entityId: String(id), action: "token.revoke" } })).toBe(1);
  });
});

describe("listing", () => {
  it("shows the viewer's own tokens only, active first, without hashes", async () => {
    const mine = await listTokens(reporter);
    const theirs = await listTokens(coordinator);
    expect(mine.length).toBeGreaterThan(0);
    expect(theirs.map((t) => t.name)).toEqual(["局机关的令牌"]);
    const ownIds = (await db.prisma.apiToken.findMany({ where: { userId: reporter.id }, select: { id: true } })).map((t) => t.id);
    expect(mine.map((t) => t.id).sort()).toEqual(ownIds.sort());
    const firstRevoked = mine.findIndex((t) => t.revokedAt);
    expect(firstRevoked).toBeGreaterThan(0);
    expect(mine.slice(firstRevoked).every((t) => t.revokedAt)).toBe(true);
    expect(Object.keys(mine[0])).not.toContain("tokenHash");
  });
});
