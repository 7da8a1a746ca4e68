import { expect, test } from 'vitest';
import { manifestKey } from '../build/extension-key';

const KEY = `MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${'A'.repeat(40)}IDAQAB`;

test('a build without EXTENSION_PUBLIC_KEY has no key (each unpacked copy gets its own id)', () => {
  expect(manifestKey({})).toEqual({});
  expect(manifestKey({ EXTENSION_PUBLIC_KEY: '  ' })).toEqual({});
});

test('the key is taken as Chrome shows it, with or without PEM lines and line breaks', () => {
  expect(manifestKey({ EXTENSION_PUBLIC_KEY: KEY })).toEqual({ key: KEY });
  const pem = `-----BEGIN PUBLIC KEY-----\n${KEY.slice(0, 40)}\n${KEY.slice(40)}\n-----END PUBLIC KEY-----\n`;
  expect(manifestKey({ EXTENSION_PUBLIC_KEY: pem })).toEqual({ key: KEY });
});

test('anything else stops the build with what to fix', () => {
  expect(() => manifestKey({ EXTENSION_PUBLIC_KEY: 'chrome-extension://abcdefghijklmnop' })).toThrow(
    'EXTENSION_PUBLIC_KEY is not a base64 public key (it should start with "MII"): check .env.local',
  );
});
