import { Injectable } from '@nestjs/common';

import { OrganizationKind } from '#domain';
import { OrganizationRepository } from '#persistence';

/** How long a kind read from the registry is trusted here; a change made in another API process shows within this. */
const TTL_MS = 5_000;
/** The cache never grows past this; it starts over instead. */
const MAX_ENTRIES = 10_000;

/** The kind of each caller's organization, as the registry says (null: not registered), read through a short cache. */
@Injectable()
export class OrganizationDirectoryService {
  private readonly cache = new Map<string, { readonly kind: OrganizationKind | null; readonly at: number }>();

  constructor(private readonly organizations: OrganizationRepository) {}

  async kindOf(id: string): Promise<OrganizationKind | null> {
    const cached = this.cache.get(id);
    if (cached && Date.now() - cached.at < TTL_MS) {
      return cached.kind;
    }
    const kind = (await this.organizations.find(id))?.kind ?? null;
    if (this.cache.size >= MAX_ENTRIES) {
      this.cache.clear();
    }
    this.cache.set(id, { kind, at: Date.now() });
    return kind;
  }

  /** After a change in this process: the next caller reads the registry. */
  forget(id: string): void {
    this.cache.delete(id);
  }
}
