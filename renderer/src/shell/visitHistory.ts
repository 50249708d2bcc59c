/**
 * Leaves the browser's history holding nothing of the visit that ended: Back (a mouse's back
 * button, Alt+Left) must not lead the next visitor into the last one's screens. History entries
 * cannot be deleted, but going back to the app's first entry and then adding one drops every
 * entry after it; both are the home screen.
 *
 * Call before the router is remounted: it reads the URL when it mounts. The popstate of the way
 * back is kept from the old router (capture, stopped), so the last visit's screens never show.
 */
export function forgetVisitHistory(): Promise<void> {
  // react-router numbers its entries in history.state.idx: 0 is the first of this page.
  const steps = (window.history.state as { idx?: unknown } | null)?.idx;
  const home = () => {
    window.history.replaceState({ idx: 0 }, '', '#/');
    window.history.pushState({ idx: 1 }, '', '#/'); // drops the entries after the first
  };
  if (typeof steps !== 'number' || steps <= 0) {
    home();
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const arrived = (event?: Event) => {
      event?.stopImmediatePropagation();
      window.removeEventListener('popstate', arrived, true);
      window.clearTimeout(fallback);
      home();
      resolve();
    };
    window.addEventListener('popstate', arrived, true);
    // Should the way back never arrive (history changed under us), reset anyway.
    const fallback = window.setTimeout(arrived, 1000);
    window.history.go(-steps);
  });
}
