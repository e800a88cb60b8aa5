/**
 * Marks a plugin function as not encapsulated and gives it a name (what `fastify-plugin` does), so its
 * decorators and hooks apply to the whole app and it appears by name in `app.printPlugins()`.
 */
export function named<T extends object>(name: string, fn: T): T {
  Object.assign(fn, {
    [Symbol.for('skip-override')]: true,
    [Symbol.for('fastify.display-name')]: name,
    [Symbol.for('plugin-meta')]: { name },
  });
  return fn;
}
