import { registerHooks } from 'node:module';

/**
 * Lets a plain `node` child run this project's TypeScript sources: Node strips the types itself,
 * and this hook maps the `.js` specifiers of NodeNext imports to the `.ts` files that exist.
 */
registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !specifier.endsWith('.js')) throw error;
      return nextResolve(`${specifier.slice(0, -'.js'.length)}.ts`, context);
    }
  },
});
