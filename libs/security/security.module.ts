import { Module } from '@nestjs/common';

import { AppConfig } from '#config';

import { FieldCipher } from './field-cipher';
import { EncryptionCodec } from './payload-codec';

/** The keys that seal confidential fields and Temporal payloads, from the one configuration. */
@Module({
  providers: [
    { provide: FieldCipher, inject: [AppConfig], useFactory: (config: AppConfig) => new FieldCipher(config.fieldKeys) },
    { provide: EncryptionCodec, inject: [AppConfig], useFactory: (config: AppConfig) => new EncryptionCodec(config.payloadKeys) },
  ],
  exports: [FieldCipher, EncryptionCodec],
})
export class SecurityModule {}
