import { PageSkeleton } from "@/components/ui/page-skeleton.tsx";

// The ledger and its entries are read with their history: the frame shows at once.
export default function Loading() {
  return <PageSkeleton panels={1} />;
}
