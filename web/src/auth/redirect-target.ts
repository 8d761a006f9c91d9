/**
 * Where to go after signing in: the page that asked for authentication when it is a local
 * path (never an absolute URL, to avoid open redirects), else the home page.
 */
export function redirectTarget(state: unknown): string {
  if (typeof state !== 'object' || state === null || !('from' in state)) return '/';
  const { from } = state;
  if (typeof from !== 'string') return '/';
  if (!from.startsWith('/') || from.startsWith('//') || from.startsWith('/\\')) return '/';
  if (from.startsWith('/connexion') || from.startsWith('/reinitialiser')) return '/';
  return from;
}
