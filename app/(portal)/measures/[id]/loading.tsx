import { PageSkeleton } from "@/components/ui/page-skeleton.tsx";

// A measure's reports, colour, milestones and history: the frame shows at once.
export default function Loading() {
  return <PageSkeleton panels={3} />;
}
