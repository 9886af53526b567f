import { Module } from '@nestjs/common';

import { AppConfig } from '#config';

import { CheckpointSigner } from './audit-checkpoint';
import { FieldCipher } from './field-cipher';
import { EncryptionCodec } from './payload-codec';
import { RecordSigner } from './record-signer';

/** The keys that seal confidential fields and Temporal payloads, and sign checkpoints and records, from the one configuration. */
@Module({
  providers: [
    { provide: FieldCipher, inject: [AppConfig], useFactory: (config: AppConfig) => new FieldCipher(config.fieldKeys) },
    { provide: EncryptionCodec, inject: [AppConfig], useFactory: (config: AppConfig) => new EncryptionCodec(config.payloadKeys) },
    { provide: CheckpointSigner, inject: [AppConfig], useFactory: (config: AppConfig) => new CheckpointSigner(config.auditCheckpoints.keys) },
    { provide: RecordSigner, inject: [AppConfig], useFactory: (config: AppConfig) => new RecordSigner(config.recordSigningKeys) },
  ],
  exports: [FieldCipher, EncryptionCodec, CheckpointSigner, RecordSigner],
})
export class SecurityModule {}
