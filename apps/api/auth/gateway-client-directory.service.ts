import { Injectable } from '@nestjs/common';

import { GatewayClientRepository } from '#persistence';

/** How long one process trusts what it last read of a client (a revocation in another process bites within it). */
const REMEMBER_MS = 5_000;

/**
 * Whether a gateway client may act now: registered here for the organization its token names, not
 * revoked, and not retired by a rotation whose grace has run out. The IdP may still issue it tokens; the
 * API refuses them.
 */
@Injectable()
export class GatewayClientDirectoryService {
  private readonly known = new Map<string, { readonly org: string | null; readonly until: number; readonly at: number }>();

  constructor(private readonly clients: GatewayClientRepository) {}

  async mayAct(clientId: string, org: string): Promise<boolean> {
    const now = Date.now();
    let entry = this.known.get(clientId);
    if (!entry || now - entry.at >= REMEMBER_MS) {
      const client = await this.clients.find(clientId);
      const ends = [client?.revokedAt, client?.retiresAt].filter((d): d is Date => d instanceof Date).map((d) => d.getTime());
      entry = { org: client?.org ?? null, until: ends.length > 0 ? Math.min(...ends) : Number.POSITIVE_INFINITY, at: now };
      if (this.known.size > 10_000) {
        this.known.clear();
      }
      this.known.set(clientId, entry);
    }
    return entry.org === org && now < entry.until;
  }

  forget(clientId: string): void {
    this.known.delete(clientId);
  }
}
