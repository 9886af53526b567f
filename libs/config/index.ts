export * from './app-config';
export * from './keyring';
export * from './tool-config';
export * from './config.module';
export * from './log-levels';
export * from './run-process';
export * from './temporal-connection';
