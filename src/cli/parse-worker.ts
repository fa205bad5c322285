import type { MachineReading, ReadingTask } from './parse-reading.js';
import { readCarryingErrors } from './parse-pool.js';

/** The task a worker thread of `vawg parse` runs: one source read by machine, an error returned as data. */
export default function readInWorker(task: ReadingTask): ReturnType<typeof readCarryingErrors> {
  return readCarryingErrors(task);
}

export type { MachineReading };
