/**
 * Each process's memory budget, as production runs it (the Dockerfile, docker-compose.yml and the npm start
 * scripts carry the same flags): a bounded V8 heap and young generation, so garbage is collected before the
 * process grows rather than whenever V8 gets round to it. The live heap of each is well under its cap
 * (README, Performance).
 */
export const APP_MEMORY_FLAGS = {
  api: ['--max-old-space-size=192', '--max-semi-space-size=8'],
  worker: ['--max-old-space-size=256', '--max-semi-space-size=8'],
} as const;

/** glibc's malloc keeps an arena per thread by default; two keep the native heaps of Temporal's core and the V8 threads from fragmenting. */
export const APP_MALLOC_ENV = { MALLOC_ARENA_MAX: '2' } as const;
