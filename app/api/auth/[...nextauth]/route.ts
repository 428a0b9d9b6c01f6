// Auth.js's endpoints, behind the check of lib/auth/auth-route.ts.
export { GET, POST } from "@/lib/auth/auth-route.ts";
