import { DynamicModule, Global, Module } from '@nestjs/common';

import { AppConfig, loadConfig } from './app-config';
import { TracingShutdown } from './tracing';

/** Provides the one {@link AppConfig} (pass one in tests, otherwise it is loaded from the environment), and flushes traces at shutdown. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig = loadConfig()): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: AppConfig, useValue: config }, TracingShutdown], exports: [AppConfig] };
  }
}
