import { describe, expect, it } from 'vitest';
import { apiAddressProblem, apiHost } from './api-address';

describe('apiAddressProblem', () => {
  it('accepts https anywhere and http only on this machine', () => {
    expect(apiAddressProblem('https://proxy.example.com/v1')).toBeNull();
    expect(apiAddressProblem('http://localhost:8080')).toBeNull();
    expect(apiAddressProblem('http://127.0.0.1:3000')).toBeNull();
    expect(apiAddressProblem('http://proxy.example.com')).toBe(
      '"http://proxy.example.com" is refused: your key and data must travel encrypted (https://), plain http only to localhost.',
    );
    expect(apiAddressProblem('proxy.example.com')).toBe(
      '"proxy.example.com" is not a web address: write it whole, like https://api.anthropic.com.',
    );
  });
});

describe('apiHost', () => {
  it('names the host that receives the data', () => {
    expect(apiHost(null)).toBe('api.anthropic.com');
    expect(apiHost('https://proxy.example.com:8443/v1')).toBe('proxy.example.com:8443');
  });
});
