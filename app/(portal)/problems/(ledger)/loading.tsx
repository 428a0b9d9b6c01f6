import { PageSkeleton } from "@/components/ui/page-skeleton.tsx";

// The ledger is read with its counts: the frame shows at once.
export default function Loading() {
  return <PageSkeleton panels={1} />;
}
