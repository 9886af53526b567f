export * from './audit-chain';
export * from './field-cipher';
export * from './need-to-know';
export * from './payload-codec';
export * from './signing-keys';
export * from './sealed-client';
export * from './security.module';
export * from './audit-checkpoint';
