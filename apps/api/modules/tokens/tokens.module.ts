import { Module } from '@nestjs/common';

import { PersistenceModule } from '#persistence';
import { SecurityModule } from '#security';

import { AccessModule } from '../../auth/access.module';
import { AccessTokensService } from './access-tokens.service';
import { IntrospectionService } from './introspection.service';
import { RevocationsService } from './revocations.service';
import { SigningKeysService } from './signing-keys.service';
import { TokenStatesService } from './token-states.service';
import { TokensController } from './tokens.controller';
import { UnknownIntrospectionsService } from './unknown-introspections.service';

/** Access tokens for the developer's model gateway: issued, published as a key set, and introspected. */
@Module({
  imports: [PersistenceModule, SecurityModule, AccessModule],
  controllers: [TokensController],
  providers: [AccessTokensService, IntrospectionService, SigningKeysService, TokenStatesService, UnknownIntrospectionsService, RevocationsService],
})
export class TokensModule {}
