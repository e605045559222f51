// Property tests run with a fixed seed so that CI is reproducible; `FC_SEED=random npm test` explores new
// inputs, and `FC_SEED=<n>` replays a failure fast-check reported.
import fc from 'fast-check';

const seed = process.env.FC_SEED;
if (seed !== 'random') fc.configureGlobal({ seed: seed ? Number(seed) : 20261121 });
