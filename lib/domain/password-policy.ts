// What a password must be, shared by admin forms, the create-admin command and tests.
import { z } from "zod";

export const passwordSchema = z
  .string()
  .min(10, { error: "密码至少 10 个字符。" })
  .max(128, { error: "密码不能超过 128 个字符。" })
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), { error: "密码须同时包含字母和数字。" });

export const loginSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, { error: "用户名至少 2 个字符。" })
  .max(40, { error: "用户名不能超过 40 个字符。" })
  .regex(/^[a-z0-9._-]+$/, { error: "用户名只能包含小写字母、数字、点、下划线和连字符。" });
