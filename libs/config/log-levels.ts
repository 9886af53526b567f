import type { AppConfig } from './app-config';

type Level = AppConfig['logLevel'];
const ORDER: readonly Level[] = ['error', 'warn', 'log', 'debug', 'verbose'];

/** Nest's logger takes the list of levels to print; ours is configured as the most verbose one. */
export function nestLogLevels(level: Level): Level[] {
  return ORDER.slice(0, ORDER.indexOf(level) + 1);
}
