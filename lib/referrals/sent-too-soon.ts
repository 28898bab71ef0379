/** Too soon after giving consent to be a person who has read and answered every page. */
export function sentTooSoon(consentGivenAt: string | undefined, minSeconds: number, now = new Date()): boolean {
  if (!consentGivenAt || minSeconds <= 0) return false;
  return now.getTime() - new Date(consentGivenAt).getTime() < minSeconds * 1000;
}
