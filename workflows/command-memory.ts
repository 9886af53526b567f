import type { CommandResult } from '#contracts';

/**
 * The answers to the most recent commands, by command (Update) id. Temporal recognises a repeated
 * Update id only within one run; this memory is carried across continue-as-new, so a command
 * repeated across one is answered again, never applied twice.
 */
export class CommandMemory {
  private readonly answers: Map<string, CommandResult>;

  constructor(
    carried: readonly (readonly [string, CommandResult])[] = [],
    private readonly capacity = 500,
  ) {
    this.answers = new Map(carried);
  }

  answerTo(commandId: string): CommandResult | undefined {
    return this.answers.get(commandId);
  }

  /** Keeps the answer (forgetting the oldest beyond capacity) and returns it. */
  remember(commandId: string, answer: CommandResult): CommandResult {
    this.answers.set(commandId, answer);
    for (const oldest of this.answers.keys()) {
      if (this.answers.size <= this.capacity) {
        break;
      }
      this.answers.delete(oldest);
    }
    return answer;
  }

  toCarry(): [string, CommandResult][] {
    return [...this.answers];
  }
}
