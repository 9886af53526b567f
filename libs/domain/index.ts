export * from './roles';
export * from './engagement-stage';
export * from './domain-error';
export * from './duration';
export * from './clock';
export * from './engagement-transitions';
export * from './engagement';
