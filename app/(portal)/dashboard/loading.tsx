import { PageSkeleton } from "@/components/ui/page-skeleton.tsx";

// The dashboard computes the plan's status as of a day: the frame shows at once.
export default function Loading() {
  return <PageSkeleton panels={4} layout="grid" />;
}
