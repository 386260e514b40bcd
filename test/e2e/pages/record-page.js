// Loaded first by the engine-flow pages (as a file: a strict CSP forbids inline script). Records page errors, CSP
// violations and calendar downloads, so a test can read them in any engine, whatever drives it.
window.__carepathRecord = { errors: [], violations: [], downloads: [] };
window.addEventListener('error', (event) => window.__carepathRecord.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.__carepathRecord.errors.push(`unhandled rejection: ${event.reason}`));
document.addEventListener('securitypolicyviolation', (event) => {
  window.__carepathRecord.violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
});
// A download: keep the blob's text and the link's file name, and do not hand the file to the browser's download
// manager (its dialogs differ per engine and are not the page's doing).
const blobs = new Map();
const createObjectURL = URL.createObjectURL.bind(URL);
URL.createObjectURL = (object) => {
  const url = createObjectURL(object);
  if (object instanceof Blob) blobs.set(url, object);
  return url;
};
const click = HTMLAnchorElement.prototype.click;
HTMLAnchorElement.prototype.click = function recordDownload() {
  const blob = blobs.get(this.href);
  if (!blob || !this.download) return click.call(this);
  const entry = { download: this.download, type: blob.type, text: null, connected: this.isConnected };
  window.__carepathRecord.downloads.push(entry);
  blob.text().then((text) => {
    entry.text = text;
  });
  return undefined;
};
