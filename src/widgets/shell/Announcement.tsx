import { useAnnouncement } from './useAnnouncement';

/** A result that changes as the user answers, told to screen readers once they pause (GOV.UK Frontend's habit). */
export function Announcement({ message }: { message: string }) {
  const announced = useAnnouncement(message);
  return (
    <div className="visually-hidden" aria-live="polite">
      {announced}
    </div>
  );
}
