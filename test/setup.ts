import fc from 'fast-check';

// Property tests run from a fixed seed so that CI is reproducible; set FC_SEED to explore others
// (a failure prints its seed and path, which replay it).
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261128) });
