import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';

import { LegacyField, LegacyPlaintext } from '#persistence';
import { FieldCipher, SEALED_AT } from '#security';

/** Where a legacy value is sealed to; a terms row's id is its engagement's id, a space and its version. */
function locationOf(field: LegacyField, id: string): string {
  switch (field) {
    case 'windowAccessEndpoint':
      return SEALED_AT.windowAccessEndpoint(id);
    case 'partnerAccessEndpoint':
      return SEALED_AT.partnerAccessEndpoint(id);
    case 'termsText': {
      const space = id.indexOf(' ');
      return SEALED_AT.termsText(id.slice(0, space), id.slice(space + 1));
    }
  }
}

/**
 * Gateways and terms text kept in plaintext before they were sealed are sealed as the API starts,
 * before it serves a request, and the plaintext emptied. Upgrade the worker first, so that nothing
 * writes plaintext after this has run.
 */
@Injectable()
export class LegacyPlaintextSealer implements OnApplicationBootstrap {
  private readonly logger = new Logger(LegacyPlaintextSealer.name);

  constructor(
    private readonly legacy: LegacyPlaintext,
    private readonly cipher: FieldCipher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const counts = await this.sealAll();
    if (Object.values(counts).some((n) => n > 0)) {
      this.logger.log(`sealed what was kept in plaintext: ${JSON.stringify(counts)}`);
    }
  }

  sealAll(): Promise<Record<LegacyField, number>> {
    return this.legacy.sealAll((field, id, text) => this.cipher.seal(text, locationOf(field, id)));
  }
}
