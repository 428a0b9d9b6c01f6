import { PageSkeleton } from "@/components/ui/page-skeleton.tsx";

// Every county plan's status is computed: the frame shows at once.
export default function Loading() {
  return <PageSkeleton panels={1} />;
}
