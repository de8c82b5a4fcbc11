/** Whether a value is a plain record (an object that is not an array or null). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value as a list: itself when it is an array, otherwise empty. */
export const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
