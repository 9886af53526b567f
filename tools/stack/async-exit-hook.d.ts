declare module 'async-exit-hook' {
  interface ExitHook {
    (hook: (() => void) | ((done: () => void) => void)): void;
    forceExitTimeout(ms: number): void;
  }
  const exitHook: ExitHook;
  export = exitHook;
}
