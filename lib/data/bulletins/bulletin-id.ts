import "server-only";
import { z } from "zod";

/** A bulletin id from the URL. */
export const bulletinIdSchema = z
  .string()
  .regex(/^[1-9]\d{0,8}$/)
  .transform(Number);
