import { PageSkeleton } from "@/components/ui/page-skeleton.tsx";

// The draft and its preview read the month's figures: the frame shows at once.
export default function Loading() {
  return <PageSkeleton panels={2} />;
}
