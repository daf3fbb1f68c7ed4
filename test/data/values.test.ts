import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import * as fc from 'fast-check';
import { Country, Email, IsoDate, Text, Url, httpHref, isCountryCode, isIsoDate } from '../../src/data/values.js';

const ok = (schema: z.core.$ZodType, value: unknown) => z.safeParse(schema, value).success;

describe('value types', () => {
  it('accepts only http(s) URLs, with nothing before the scheme', () => {
    for (const good of ['https://example.org', 'http://a.example/path?q=1#x', 'HTTPS://EXAMPLE.ORG', 'https://example.org/a b.pdf']) {
      expect(ok(Url, good), good).to.equal(true);
    }
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' https://example.org',
      '\u0001https://example.org',
      '\nhttps://example.org',
      'data:text/html,<script>alert(1)</script>',
      '//example.org',
      '/relative/path',
      'ftp://example.org',
      'https://',
      'https://exa mple.org',
      '&#106;avascript:alert(1)',
      42,
    ]) {
      expect(ok(Url, bad), String(bad)).to.equal(false);
    }
  });

  it('reads a web address as its href: always http(s), and read again it stays the same', () => {
    const prefix = fc.constantFrom('http://', 'https://', 'HTTP://', 'https:', 'http:/', 'https:\\\\');
    const tail = fc.string({
      unit: fc.constantFrom('a', 'B', '.', '-', '/', '\\', ' ', '\t', '%', '?', '#', ':', '@', '[', ']', 'ä', '\u202e', '*', '1', 'xn--'),
    });
    const addresses = fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.tuple(prefix, tail).map(([p, t]) => p + t),
    );
    let accepted = 0;
    fc.assert(
      fc.property(addresses, (input) => {
        const first = z.safeParse(Url, input);
        if (!first.success) return;
        accepted++;
        expect(new URL(first.data).protocol, input).to.be.oneOf(['http:', 'https:']);
        expect(httpHref(first.data), `${input} read again`).to.equal(first.data);
        expect(first.data, 'no space, control or bidi character is left').not.to.match(/[\s\p{Cc}\u202e]/u);
      }),
      { seed: 14, numRuns: 3000 },
    );
    expect(accepted, 'many addresses are valid').to.be.greaterThan(1000);
  });

  it('accepts ISO 3166-1 alpha-2 codes in any case and reads them upper case', () => {
    expect(z.safeParse(Country, 'dk').data).to.equal('DK');
    expect(isCountryCode('JP')).to.equal(true);
    for (const bad of ['ZZ', 'EU', 'UK', 'DNK', 'D', '', 45]) expect(ok(Country, bad), String(bad)).to.equal(false);
  });

  it('accepts real dates only, date-only or with an offset', () => {
    for (const good of ['2026-11-01', '2024-02-29', '2027-02-15T17:00:00+01:00', '2027-02-15T17:00Z'])
      expect(ok(IsoDate, good), good).to.equal(true);
    for (const bad of ['2026-02-29', '2026-13-01', '01/11/2026', '2027-02-15T17:00:00', 'tomorrow', 20261101]) {
      expect(ok(IsoDate, bad), String(bad)).to.equal(false);
    }
  });

  it('knows the calendar: every day of every month, leap years included, as Date counts them', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    for (const year of [0, 50, 99, 100, 1600, 1900, 1999, 2000, 2023, 2024, 2026, 2100, 2400, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          const date = new Date(Date.UTC(year, month - 1, day));
          const real = year > 99 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
          expect(isIsoDate(text), text).to.equal(real);
          expect(isIsoDate(`${text}T12:00:00Z`), `${text} with a time`).to.equal(real);
        }
      }
    }
  });

  it('accepts Text as a string or an object of language tags', () => {
    expect(ok(Text, 'Energy')).to.equal(true);
    expect(ok(Text, { en: 'Energy', da: 'Energi', 'pt-BR': 'Energia' })).to.equal(true);
    for (const bad of ['', {}, { english: 'Energy' }, { en: 3 }, ['Energy'], null])
      expect(ok(Text, bad), JSON.stringify(bad)).to.equal(false);
  });

  it('accepts e-mail addresses only', () => {
    expect(ok(Email, 'info@cluster.example')).to.equal(true);
    for (const bad of ['info', 'a@b', 'javascript:alert(1)@x.example', '<a@b.example>', 'a b@c.example'])
      expect(ok(Email, bad), bad).to.equal(false);
  });
});
