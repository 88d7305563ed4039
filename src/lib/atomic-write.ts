// Writes a file so that no reader ever sees it half written: the bytes go to a temporary file beside
// it, which is then renamed over the target (a rename within one folder is atomic). A crash or a
// concurrent writer can leave only a stray temporary file, `<file>.<process>-<thread>.tmp`: the
// thread is in the name because the PNG workers of one build share a process.
import fs from 'node:fs';
import { threadId } from 'node:worker_threads';

const TEMP_SUFFIX = '.tmp';

export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const temp = `${file}.${process.pid}-${threadId}${TEMP_SUFFIX}`;
  fs.writeFileSync(temp, data);
  fs.renameSync(temp, file);
}

/** Whether a file name is one of writeFileAtomic's temporary files (another writer may still be using it). */
export function isTempFile(name: string): boolean {
  return name.endsWith(TEMP_SUFFIX);
}
