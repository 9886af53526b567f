import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';

import { EngagementKeys, LegacyField, LegacyPlaintext } from '#persistence';
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
 * As the API starts, before it serves a request: gateways and terms text kept in plaintext before they
 * were sealed are sealed, and the plaintext emptied; then whatever an engagement sealed under the
 * program's field keys before engagements had keys of their own is re-sealed under its own key, so that
 * disposal (destroying that key) leaves nothing of it readable. Upgrade the API before the worker: only
 * this API reads what the new worker seals under engagements' keys.
 */
@Injectable()
export class LegacyPlaintextSealer implements OnApplicationBootstrap {
  private readonly logger = new Logger(LegacyPlaintextSealer.name);

  constructor(
    private readonly legacy: LegacyPlaintext,
    private readonly cipher: FieldCipher,
    private readonly keys: EngagementKeys,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const counts = await this.sealAll();
    if (Object.values(counts).some((n) => n > 0)) {
      this.logger.log(`sealed what was kept in plaintext: ${JSON.stringify(counts)}`);
    }
    const resealed = await this.keys.resealAll();
    if (resealed > 0) {
      this.logger.log(`re-sealed ${resealed} value(s) under their engagements' own keys`);
    }
  }

  sealAll(): Promise<Record<LegacyField, number>> {
    return this.legacy.sealAll((field, id, text) => this.cipher.seal(text, locationOf(field, id)));
  }
}
