/** Domains of the random streams of one seed (see rng.ts): adding risks never changes the durations drawn. Private to pmo-kit/risk. */
export const DOMAIN = { durations: 1, events: 2, correlated: 3, shuffle: 4 } as const;
