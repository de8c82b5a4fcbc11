import { describe, expect, it } from 'vitest';
import { clearConsoleWrites, consoleWrites } from './setup.js';

describe('the console guard', () => {
  it('records every console write so that the test fails', () => {
    console.warn('careless', 42);
    expect(consoleWrites()).toEqual(['console.warn: careless 42']);
    clearConsoleWrites();
  });
});
