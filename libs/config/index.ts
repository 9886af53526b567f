export * from './app-config';
export * from './keyring';
export * from './tool-config';
export * from './config.module';
export * from './run-process';
export * from './temporal-connection';
export * from './logging';
export * from './tracing';
