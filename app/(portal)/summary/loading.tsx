import { PageSkeleton } from "@/components/ui/page-skeleton.tsx";

// The summary computes the plan's status: the frame shows at once.
export default function Loading() {
  return <PageSkeleton panels={3} />;
}
