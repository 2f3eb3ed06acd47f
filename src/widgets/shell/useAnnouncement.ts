import { useEffect, useState } from 'react';

/**
 * The text for a polite live region, updated only after the user pauses, so a screen reader
 * hears the settled result rather than every intermediate count.
 */
export function useAnnouncement(message: string, delayMs = 600): string {
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(message), delayMs);
    return () => clearTimeout(timer);
  }, [message, delayMs]);
  return announced;
}
