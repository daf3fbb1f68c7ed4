// The one place that decides which Chromium every tool launches (web-test-runner.config.js, test/e2e/harness.js,
// scripts/check-stories.js, bench/run.js) and with which flags. In order: CHROME_PATH; else a Chrome or Chromium
// this machine already has (the usual install paths, then the usual names on PATH); else the headless Chromium
// shipped inside the npm package @sparticuz/chromium (a devDependency; Linux x64 only), unpacked to the temp
// directory on first use (about 2 s). So `npm install && npm test` needs neither a browser nor root.
import { accessSync, constants, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Our flags, the same for every browser found. Headless, no sandbox (root in CI/containers), and nothing that
 * reaches for the network or a GPU, which would stall or change timings.
 */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
// None of @sparticuz/chromium's own `chromium.args` is used: they are tuned for AWS Lambda and several change what
// a page sees or how it runs — `--disable-web-security` and `--allow-running-insecure-content` turn off CORS and
// mixed-content blocking (our CORS-refusal test would pass for the wrong reason), `--enable-features=
// SharedArrayBuffer` adds an API, `--font-render-hinting=none` changes text metrics, `--single-process`,
// `--no-zygote`, `--in-process-gpu` and the site-isolation switches change the process model, SwiftShader GL
// turns on the GPU path we disable. Its binary runs with BROWSER_ARGS alone (checked: Chromium 153, Debian 13).

const ON_WINDOWS = process.platform === 'win32';
const NAMES = ON_WINDOWS
  ? ['chrome.exe', 'chromium.exe']
  : ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

/** Where Chrome and Chromium are usually installed, per platform. */
function installPaths() {
  if (process.platform === 'darwin') {
    const apps = ['/Applications', join(process.env.HOME ?? '', 'Applications')];
    return apps.flatMap((dir) => [
      join(dir, 'Google Chrome.app/Contents/MacOS/Google Chrome'),
      join(dir, 'Chromium.app/Contents/MacOS/Chromium'),
    ]);
  }
  if (ON_WINDOWS) {
    const roots = [process.env.PROGRAMFILES, process.env['PROGRAMFILES(X86)'], process.env.LOCALAPPDATA].filter(Boolean);
    return roots.flatMap((root) => [join(root, 'Google/Chrome/Application/chrome.exe'), join(root, 'Chromium/Application/chrome.exe')]);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/snap/bin/chromium',
  ];
}

const runnable = (file) => {
  try {
    accessSync(file, ON_WINDOWS ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The first Chrome or Chromium installed on this machine, or undefined. */
export function systemBrowser() {
  const onPath = (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .flatMap((dir) => NAMES.map((name) => join(dir, name)));
  return [...installPaths(), ...onPath].find(runnable);
}

/** Unpacks the Chromium inside @sparticuz/chromium (Linux x64 only) and says how to run it here. */
async function packagedBrowser() {
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  let chromium, inflate;
  try {
    ({ default: chromium, inflate } = await import('@sparticuz/chromium'));
  } catch {
    return undefined;
  }
  const executablePath = await chromium.executablePath();
  // The package also ships the NSS and expat libraries its binary links against (for Amazon Linux): use them,
  // so a machine that never had a browser (no libnss3) can run it too.
  const libs = join(await inflate(fileURLToPath(new URL('../bin/al2023.tar.br', import.meta.resolve('@sparticuz/chromium')))), 'lib');
  const env = { ...process.env, LD_LIBRARY_PATH: [libs, process.env.LD_LIBRARY_PATH].filter(Boolean).join(delimiter) };
  // With no fontconfig at all, text would have no glyphs: use the package's fonts (Open Sans) instead.
  if (!existsSync('/etc/fonts/fonts.conf') && !process.env.FONTCONFIG_PATH) env.FONTCONFIG_PATH = join(tmpdir(), 'fonts');
  return { executablePath, env, source: `none on this machine: the one in @sparticuz/chromium, unpacked to ${tmpdir()}` };
}

/**
 * `TEST_CPU_SLOWDOWN=6` runs every test page with its CPU slowed down six times (Chromium's CPU throttling, as
 * in DevTools), a repeatable stand-in for a machine whose cores are busy: no test may depend on an idle machine.
 */
export const CPU_SLOWDOWN = Math.max(1, Number(process.env.TEST_CPU_SLOWDOWN) || 1);

let found;
/**
 * The browser to launch: `{ executablePath, args, env, source }` (pass `executablePath`, `args` and `env` to the
 * launcher). Prints one line (on stderr) saying which browser it is. Throws, saying how to get one, when there is none.
 */
export function findBrowser() {
  found ??= (async () => {
    let browser;
    if (process.env.CHROME_PATH) {
      if (!runnable(process.env.CHROME_PATH))
        throw new Error(`CHROME_PATH is ${process.env.CHROME_PATH}, which is not an executable file.`);
      browser = { executablePath: process.env.CHROME_PATH, env: process.env, source: 'CHROME_PATH' };
    } else {
      const system = systemBrowser();
      browser = system ? { executablePath: system, env: process.env, source: 'installed on this machine' } : await packagedBrowser();
    }
    if (!browser) {
      throw new Error(
        'No Chrome or Chromium found: install one (Debian: apt-get install -y chromium), or set CHROME_PATH to its ' +
          'binary. (On Linux x64, `npm install` also brings one in @sparticuz/chromium.)',
      );
    }
    process.stderr.write(`browser: ${browser.executablePath} (${browser.source})\n`);
    return { ...browser, args: BROWSER_ARGS };
  })();
  return found;
}
