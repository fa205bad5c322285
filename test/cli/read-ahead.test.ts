/** `vawg parse` hands sources to the reading threads a window ahead of the one it takes, never all at once: counted, not timed. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/cli/context.ts';
import type { SourceReader } from '../../src/cli/parse-pool.ts';
import type { MachineReading, ReadingTask } from '../../src/cli/parse-reading.ts';
import { startReadings } from '../../src/cli/parse-readings.ts';

const started: string[] = [];

/** A reader that records each source it is asked to read and answers at once. */
const recordingReader = (): Promise<SourceReader> =>
  Promise.resolve({
    read: (task: ReadingTask): Promise<MachineReading> => {
      started.push(path.basename(task.file));
      return Promise.resolve({ document: { force: { name: task.file } }, sourceText: '' } as unknown as MachineReading);
    },
    close: () => Promise.resolve(),
  });

describe('reading ahead', () => {
  it('keeps four sources per thread started, counting the one taken, and starts one more as each is taken', async () => {
    const inputs = Array.from({ length: 30 }, (_, index) => ({ file: `/sources/s${index}.md`, content: Buffer.from(`# S${index}\n`) }));
    const context = createContext({ cwd: '/sources', env: { VAWG_NO_CACHE: '1' } });
    const readings = await startReadings(inputs, '/sources', { jobs: 2 }, context, recordingReader);
    expect(started).toHaveLength(8);
    await readings.first(0);
    expect(started).toHaveLength(8);
    await readings.first(1);
    expect(started).toHaveLength(9);
    for (let index = 2; index < 30; index += 1) await readings.first(index);
    expect(started).toEqual(inputs.map((input) => path.basename(input.file)));
    await readings.close();
  });
});
