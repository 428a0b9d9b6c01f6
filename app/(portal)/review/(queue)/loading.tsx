import { PageSkeleton } from "@/components/ui/page-skeleton.tsx";

// The review queue reads the waiting reports: the frame shows at once.
export default function Loading() {
  return <PageSkeleton panels={1} />;
}
