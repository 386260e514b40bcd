// A small W3C WebDriver client over fetch (Node built-ins only), enough to drive MiniBrowser through
// WebKitWebDriver: one session, navigation, scripts, keys, window size and screenshots.

/** W3C key codes for the key names the tests use (the names Playwright and WTR's sendKeys accept). */
const KEYS = {
  Tab: '\uE004',
  Enter: '\uE007',
  Escape: '\uE00C',
  Space: ' ',
  Backspace: '\uE003',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Home: '\uE011',
  End: '\uE010',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  Delete: '\uE017',
};

/** 'Shift+Tab' → ['\uE008', '\uE004']; a single character stays itself. */
export function keyCodes(combo) {
  const parts = combo.length > 1 && combo.includes('+') ? combo.split('+') : [combo];
  return parts.map((part) => {
    if (part.length === 1) return part;
    const code = KEYS[part];
    if (!code) throw new Error(`WebDriver: no key code for "${part}".`);
    return code;
  });
}

export class WebDriverSession {
  constructor(url, id) {
    this.url = url;
    this.id = id;
  }

  /** Opens a session; `capabilities` as in the W3C spec. */
  static async create(url, capabilities, { timeout = 60000 } = {}) {
    const body = await command(url, 'POST', '/session', { capabilities }, timeout);
    return new WebDriverSession(url, body.value.sessionId);
  }

  send(method, path, body, timeout) {
    return command(this.url, method, `/session/${this.id}${path}`, body, timeout).then((response) => response.value);
  }

  navigate(url) {
    return this.send('POST', '/url', { url }, 120000);
  }

  currentUrl() {
    return this.send('GET', '/url');
  }

  /** Runs `source` (a function body; `arguments` holds args) in the page and returns its value. */
  execute(source, args = []) {
    return this.send('POST', '/execute/sync', { script: source, args }, 120000);
  }

  /** Runs a function's source with its arguments; the function may be async. */
  evaluate(fn, ...args) {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve((${fn.toString()}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
        .then((value) => done({ ok: true, value: value === undefined ? null : value }), (error) => done({ ok: false, error: String(error && error.stack || error) }));`;
    return this.send('POST', '/execute/async', { script, args }, 120000).then((result) => {
      if (!result?.ok) throw new Error(`Page script failed: ${result?.error}`);
      return result.value;
    });
  }

  setTimeouts(timeouts) {
    return this.send('POST', '/timeouts', timeouts);
  }

  /** Presses a key or a combination ('Shift+Tab') in the focused element. */
  async press(combo) {
    const codes = keyCodes(combo);
    const actions = [...codes.map((value) => ({ type: 'keyDown', value })), ...codes.reverse().map((value) => ({ type: 'keyUp', value }))];
    await this.send('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.send('DELETE', '/actions');
  }

  async down(key) {
    await this.send('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions: keyCodes(key).map((value) => ({ type: 'keyDown', value })) }] });
  }

  async up(key) {
    await this.send('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions: keyCodes(key).map((value) => ({ type: 'keyUp', value })) }] });
  }

  /** Types text character by character into the focused element. */
  async type(text) {
    const actions = [...text].flatMap((value) => [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ]);
    await this.send('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  }

  setWindowRect(rect) {
    return this.send('POST', '/window/rect', rect);
  }

  /** A PNG of the viewport, as a Buffer. */
  async screenshot() {
    return Buffer.from(await this.send('GET', '/screenshot', undefined, Number(process.env.SHOT_TIMEOUT ?? 60000)), 'base64');
  }

  async delete() {
    try {
      await command(this.url, 'DELETE', `/session/${this.id}`, undefined, 15000);
    } catch {
      // the browser is already gone
    }
  }
}

async function command(base, method, path, body, timeout = 30000) {
  let response;
  try {
    response = await fetch(`${base}${path}`, {
      method,
      headers: body === undefined ? undefined : { 'content-type': 'application/json; charset=utf-8' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeout),
    });
  } catch (error) {
    throw new Error(`WebDriver ${method} ${path} failed: ${error.message}`, { cause: error });
  }
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`WebDriver ${method} ${path}: HTTP ${response.status}, not JSON: ${text.slice(0, 300)}`);
  }
  if (!response.ok || json.value?.error) {
    const { error, message } = json.value ?? {};
    throw new Error(`WebDriver ${method} ${path}: ${error ?? response.status}: ${message ?? text.slice(0, 300)}`);
  }
  return json;
}
