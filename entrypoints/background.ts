// The service worker: later it loads and merges the policy and runs the
// engine for content scripts (see the browser issue). For now it only exists
// so that the extension builds and installs.
export default defineBackground(() => {});
