import { render } from 'preact';
import { afterEach, expect, test } from 'vitest';
import { App } from './App';

afterEach(() => {
  document.body.replaceChildren();
});

test('the side panel shows the product name and where the training will appear', () => {
  const root = document.createElement('div');
  document.body.append(root);

  render(<App />, root);

  expect(root.querySelector('h1')?.textContent).toBe('SessionsAI');
  expect(root.querySelector('p')?.textContent).toBe('Your training will appear here.');
});
