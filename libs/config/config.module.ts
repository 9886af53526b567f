import { DynamicModule, Global, Module } from '@nestjs/common';

import { AppConfig, loadConfig } from './app-config';

/** Provides the one {@link AppConfig}; pass one in tests, otherwise it is loaded from the environment. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig = loadConfig()): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: AppConfig, useValue: config }], exports: [AppConfig] };
  }
}
