import { createInterface } from 'node:readline';
import { createPrompt, useKeypress, usePrefix, useState } from '@inquirer/core';
import input from '@inquirer/input';
import search from '@inquirer/search';
import select from '@inquirer/select';
import type { CliContext } from './context.js';

/** A key the analyst can press, and what it does. */
export interface KeyChoice {
  key: string;
  label: string;
}

/** One item of a list to choose from. */
export interface ListChoice {
  value: string;
  name: string;
  description?: string;
}

/** How `vawg review` asks its questions: one key per decision, a choice from a list, a line of text. */
export interface ReviewPrompter {
  /** Waits for one of the keys; `undefined` when the input has ended. */
  key(message: string, keys: KeyChoice[]): Promise<string | undefined>;
  /** A choice from a list; `undefined` when none was made. */
  choose(message: string, choices: ListChoice[], searchable?: boolean): Promise<string | undefined>;
  /** A line of text; `undefined` when the input has ended. */
  text(message: string): Promise<string | undefined>;
  close(): void;
}

/** The prompter for the context: single keypresses on a terminal, one answer per line from a pipe. */
export function createPrompter(context: CliContext): ReviewPrompter {
  return (context.stdin as { isTTY?: boolean }).isTTY ? terminalPrompter(context) : linePrompter(context);
}

/**
 * Answers read one per line (piped input, scripts, tests): a key is the first character of its
 * line, a choice is its number, its value or a unique start of it, and text is the line itself.
 */
export function linePrompter(context: CliContext): ReviewPrompter {
  const reader = createInterface({ input: context.stdin, terminal: false });
  const lines = reader[Symbol.asyncIterator]();
  const next = async (): Promise<string | undefined> => {
    const line = await lines.next();
    return line.done ? undefined : String(line.value);
  };
  const say = (text: string): void => {
    context.stdout.write(text);
  };
  return {
    async key(message, keys) {
      for (;;) {
        say(`${message} [${keys.map((choice) => choice.key).join(',')}] `);
        const line = await next();
        if (line === undefined) return undefined;
        const pressed = line.trim().charAt(0).toLowerCase();
        say(`${line.trim()}\n`);
        if (keys.some((choice) => choice.key === pressed)) return pressed;
        say(`${keys.map((choice) => `  ${choice.key}  ${choice.label}`).join('\n')}\n`);
      }
    },
    async choose(message, choices) {
      say(`${message}\n${choices.map((choice, index) => `  ${index + 1}. ${choice.name}`).join('\n')}\n> `);
      const line = await next();
      say(`${line?.trim() ?? ''}\n`);
      if (line === undefined || line.trim() === '') return undefined;
      const wanted = line.trim();
      const byNumber = /^\d+$/.test(wanted) ? choices[Number(wanted) - 1] : undefined;
      const exact = choices.find((choice) => choice.value === wanted);
      const started = choices.filter((choice) => choice.value.startsWith(wanted));
      const chosen = byNumber ?? exact ?? (started.length === 1 ? started[0] : undefined);
      if (!chosen) say(`no single choice matches "${wanted}"\n`);
      return chosen?.value;
    },
    async text(message) {
      say(`${message} `);
      const line = await next();
      say(`${line?.trim() ?? ''}\n`);
      return line?.trim();
    },
    close() {
      reader.close();
    },
  };
}

/** A prompt that resolves on the first key pressed that is one of its keys. */
const keyPrompt = createPrompt<string, { message: string; keys: KeyChoice[] }>((config, done) => {
  const [answer, setAnswer] = useState<string | undefined>(undefined);
  const [help, setHelp] = useState(false);
  const prefix = usePrefix({ status: answer === undefined ? 'idle' : 'done' });
  useKeypress((_key, rl) => {
    const pressed = rl.line.trim().slice(-1).toLowerCase();
    rl.clearLine(0);
    if (config.keys.some((choice) => choice.key === pressed)) {
      setAnswer(pressed);
      done(pressed);
    } else setHelp(true);
  });
  const keys = config.keys.map((choice) => choice.key).join(',');
  if (answer !== undefined) return `${prefix} ${config.message} ${answer}`;
  const lines = help ? `\n${config.keys.map((choice) => `  ${choice.key}  ${choice.label}`).join('\n')}` : '';
  return `${prefix} ${config.message} [${keys}]${lines}`;
});

/** Prompts drawn on a terminal with Inquirer: one keypress per decision, a searchable list of actions. */
export function terminalPrompter(context: CliContext): ReviewPrompter {
  const io = { input: context.stdin, output: context.stdout as unknown as NodeJS.WritableStream };
  const ended = (error: unknown): undefined => {
    if (error instanceof Error && error.name === 'ExitPromptError') return undefined;
    throw error;
  };
  return {
    key: (message, keys) => keyPrompt({ message, keys }, io).catch(ended),
    choose: (message, choices, searchable) =>
      (searchable
        ? search<string>(
            {
              message,
              source: (term) =>
                choices.filter(
                  (choice) => term === undefined || `${choice.value} ${choice.name}`.toLowerCase().includes(term.toLowerCase()),
                ),
            },
            io,
          )
        : select<string>({ message, choices }, io)
      ).catch(ended),
    text: (message) => input({ message }, io).catch(ended),
    close() {},
  };
}
