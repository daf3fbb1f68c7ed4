/** Reading a data file for the command line: a local path, or an http(s) URL. Node only. */
import { readFile } from 'node:fs/promises';

export async function readSource(source: string, timeout = 10_000): Promise<string> {
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source, { signal: AbortSignal.timeout(timeout) });
    if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
    return response.text();
  }
  return readFile(source, 'utf8');
}
