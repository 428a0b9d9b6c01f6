import { PageSkeleton } from "@/components/ui/page-skeleton.tsx";

// The list of issued bulletins and the months still to issue: the frame shows at once.
export default function Loading() {
  return <PageSkeleton panels={2} />;
}
