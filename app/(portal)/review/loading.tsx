import { PageSkeleton } from "@/components/ui/page-skeleton.tsx";

// The review queue (and the desk) read the waiting reports: the frame shows at once.
export default function Loading() {
  return <PageSkeleton panels={1} />;
}
