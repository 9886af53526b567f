import { Module } from '@nestjs/common';
import { EngagementsModule } from '../engagements/engagements.module';
import { GrantsModule } from '../grants/grants.module';
import { AccessTokens } from './access-tokens.service';
import { Introspection } from './introspection.service';
import { SigningKeys } from './signing-keys.service';
import { TokensController } from './tokens.controller';

@Module({
  imports: [EngagementsModule, GrantsModule],
  controllers: [TokensController],
  providers: [AccessTokens, Introspection, SigningKeys],
})
export class TokensModule {}
