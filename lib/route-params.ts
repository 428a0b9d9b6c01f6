// Route segments are user input: a record id is a plain positive integer, nothing else.
import { z } from "zod";

export const idParamSchema = z
  .string()
  .regex(/^[1-9]\d{0,8}$/)
  .transform(Number);
