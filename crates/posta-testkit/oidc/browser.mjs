// A test "browser" for the OAuth2 tests, run by Posta through $BROWSER:
// `node browser.mjs URL`. It follows the provider's redirects with a cookie
// jar, signs in on the development login page as the `login_hint` (any
// password), consents, and finally opens the loopback redirect Posta listens
// on. Each run appends `opened URL` to $POSTA_TEST_BROWSER_LOG, so a test can
// count how often Posta opened a browser.
import { appendFileSync } from 'node:fs';

const start = process.argv[2];
const log = process.env.POSTA_TEST_BROWSER_LOG;
if (log) appendFileSync(log, `opened ${start}\n`);
const mode = process.env.POSTA_TEST_BROWSER_MODE || 'consent';

const jar = new Map();

function remember(response) {
  for (const line of response.headers.getSetCookie()) {
    const [pair, ...attributes] = line.split(';');
    const at = pair.indexOf('=');
    const name = pair.slice(0, at).trim();
    const value = pair.slice(at + 1).trim();
    const expired = attributes.some((a) => {
      const [key, val] = a.trim().split('=');
      if (key.toLowerCase() === 'max-age') return Number(val) <= 0;
      if (key.toLowerCase() === 'expires') return Date.parse(val) < Date.now();
      return false;
    });
    if (expired || value === '') jar.delete(name);
    else jar.set(name, value);
  }
}

function cookies() {
  return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
}

async function go(url, form) {
  const response = await fetch(url, {
    method: form ? 'POST' : 'GET',
    redirect: 'manual',
    headers: {
      cookie: cookies(),
      ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
    },
    body: form ? new URLSearchParams(form).toString() : undefined,
  });
  remember(response);
  return response;
}

const login = new URL(start).searchParams.get('login_hint') || 'alice';
let url = start;
for (let step = 0; step < 20; step += 1) {
  const parsed = new URL(url);
  if (parsed.hostname === '127.0.0.1' && !parsed.pathname.startsWith('/auth')
      && !parsed.pathname.startsWith('/interaction') && new URL(start).host !== parsed.host) {
    // The loopback redirect: hand the answer to Posta.
    if (mode === 'nothing') process.exit(0);
    const answer = await fetch(url);
    if (log) appendFileSync(log, `redirected ${answer.status}\n`);
    process.exit(0);
  }
  let response;
  if (parsed.pathname.startsWith('/interaction/')) {
    const page = await (await go(url)).text();
    const form = page.includes('name="login"')
      ? { prompt: 'login', login, password: 'any' }
      : { prompt: 'consent' };
    response = await go(url, form);
  } else {
    response = await go(url);
  }
  const next = response.headers.get('location');
  if (!next) {
    if (log) appendFileSync(log, `stuck ${response.status} at ${url}\n`);
    process.exit(1);
  }
  url = new URL(next, url).toString();
}
process.exit(1);
