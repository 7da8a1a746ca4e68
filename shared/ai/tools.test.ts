import { describe, expect, it } from 'vitest';
import { AI_TOOLS, parseToolCall } from './tools';

describe('AI_TOOLS', () => {
  it('offers the five read-only tools, none asking for or naming positions', () => {
    expect(AI_TOOLS.map((t) => t.name)).toEqual([
      'find_sessions',
      'get_session_facts',
      'get_fitness',
      'get_wellness',
      'get_plan',
    ]);
    expect(JSON.stringify(AI_TOOLS)).not.toMatch(/\b(lat|lng|lon|latitude|longitude|gps|positions?|route|polyline)\b/i);
  });

  it('declares each tool the way parseToolCall checks it: required fields and no others', () => {
    for (const tool of AI_TOOLS) {
      expect(tool.input_schema.additionalProperties).toBe(false);
      for (const field of tool.input_schema.required)
        expect(Object.keys(tool.input_schema.properties)).toContain(field);
    }
  });
});

describe('parseToolCall', () => {
  it('fills find_sessions defaults and trims the query', () => {
    expect(parseToolCall('find_sessions', {})).toEqual({
      ok: true,
      call: { name: 'find_sessions', input: { sport: null, from: null, to: null, query: null, limit: 10 } },
    });
    expect(
      parseToolCall('find_sessions', {
        sport: 'running',
        from: '2024-06-01',
        to: '2024-06-30',
        query: ' tempo ',
        limit: 5,
      }),
    ).toEqual({
      ok: true,
      call: {
        name: 'find_sessions',
        input: { sport: 'running', from: '2024-06-01', to: '2024-06-30', query: 'tempo', limit: 5 },
      },
    });
  });

  it('reads a session id and a date range', () => {
    expect(parseToolCall('get_session_facts', { sessionId: 'abc:0' })).toEqual({
      ok: true,
      call: { name: 'get_session_facts', input: { sessionId: 'abc:0' } },
    });
    expect(parseToolCall('get_fitness', { from: '2024-01-01', to: '2024-12-31' })).toEqual({
      ok: true,
      call: { name: 'get_fitness', input: { from: '2024-01-01', to: '2024-12-31' } },
    });
    expect(parseToolCall('get_plan', { from: '2024-06-03', to: '2024-06-03' })).toEqual({
      ok: true,
      call: { name: 'get_plan', input: { from: '2024-06-03', to: '2024-06-03' } },
    });
  });

  it('explains in words the model can act on what is wrong with a call', () => {
    const error = (name: string, input: unknown) => {
      const r = parseToolCall(name, input);
      return r.ok ? null : r.error;
    };
    expect(error('delete_sessions', {})).toBe(
      'There is no tool named "delete_sessions". The tools are: find_sessions, get_session_facts, get_fitness, get_wellness, get_plan.',
    );
    expect(error('get_fitness', 'June')).toBe('get_fitness: the input must be a JSON object.');
    expect(error('get_fitness', { from: '2024-06-01' })).toBe(
      'get_fitness: both from and to are required (YYYY-MM-DD).',
    );
    expect(error('get_wellness', { from: '2024-02-30', to: '2024-03-05' })).toBe(
      'get_wellness: from must be a date written YYYY-MM-DD, got "2024-02-30".',
    );
    expect(error('get_wellness', { from: '2024-13-01', to: '2024-03-05' })).toBe(
      'get_wellness: from must be a date written YYYY-MM-DD, got "2024-13-01".',
    );
    expect(error('get_plan', { from: '2024-06-10', to: '2024-06-01' })).toBe(
      'get_plan: from (2024-06-10) is after to (2024-06-01).',
    );
    expect(error('get_fitness', { from: '2023-01-01', to: '2024-01-02' })).toBe(
      'get_fitness: the range is 367 days; ask for at most 366.',
    );
    expect(error('get_session_facts', { sessionId: '' })).toBe(
      'get_session_facts: sessionId must be a non-empty string.',
    );
    expect(error('get_session_facts', { sessionId: 'a', lat: 1 })).toBe(
      'get_session_facts: unknown field "lat"; the fields are sessionId.',
    );
    expect(error('find_sessions', { sport: 'chess' })).toMatch(
      /^find_sessions: sport must be one of running, cycling, /,
    );
    expect(error('find_sessions', { limit: 51 })).toBe('find_sessions: limit must be a whole number from 1 to 50.');
    expect(error('find_sessions', { limit: 2.5 })).toBe('find_sessions: limit must be a whole number from 1 to 50.');
    expect(error('find_sessions', { query: 3 })).toBe('find_sessions: query must be a string.');
    expect(error('find_sessions', { from: '2024-06-10', to: '2024-06-01' })).toBe(
      'find_sessions: from (2024-06-10) is after to (2024-06-01).',
    );
  });
});
