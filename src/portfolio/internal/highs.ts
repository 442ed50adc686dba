/**
 * HiGHS (the `highs` npm package: the HiGHS MIP solver of the University of Edinburgh compiled to
 * WebAssembly), loaded lazily: the module and its 3.5 MB WebAssembly binary are only read the
 * first time a function needs a MIP, never when pmo-kit is imported. Private to pmo-kit.
 */
import type { Highs } from 'highs';
import { PmoError } from '../../errors.js';

let loading: Promise<Highs> | undefined;

/** The loaded solver (loaded once per process); `PmoError` when the package cannot be loaded. */
export function loadHighs(fn: string): Promise<Highs> {
  loading ??= import('highs')
    .then((mod) => {
      const loader = (mod as { default?: unknown }).default ?? mod;
      if (typeof loader !== 'function') throw new Error('the module "highs" exports no loader function');
      return (loader as () => Promise<Highs>)();
    })
    .catch((err: unknown) => {
      loading = undefined;
      throw new PmoError('UNAVAILABLE', `${fn}: the MIP solver (npm package "highs") could not be loaded: ${err instanceof Error ? err.message : String(err)}`, {
        cause: err,
      });
    });
  return loading;
}
