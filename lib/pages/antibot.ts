/**
 * The seller center's anti-bot slider ("baxia"). While it is on screen we read nothing:
 * the agent must solve it, and activity behind it can look like automation.
 */
const CHALLENGE_SELECTORS = [
  '.baxia-dialog',
  '.baxia-dialog-mask',
  '#baxia-dialog-content',
  'iframe[src*="_____tmd_____/punish"]',
  'iframe[src*="/punish?"][src*="x5secdata"]',
].join(',');

export function isAntiBotChallenge(root: ParentNode, url?: URL): boolean {
  if (url?.pathname.includes('_____tmd_____/punish')) return true;
  return root.querySelector(CHALLENGE_SELECTORS) !== null;
}
