import type { Browser } from 'playwright-core';

/** Flags that keep Chromium headless, quiet and off the network. */
export declare const CHROMIUM_ARGS: string[];
/** The Chromium to drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium; undefined when there is none. */
export declare function chromiumExecutable(env?: Record<string, string | undefined>): string | undefined;
/** Starts Chromium through playwright-core, with a fresh profile. */
export declare function launchChromium(executablePath: string): Promise<Browser>;
