// Nothing kept (brief §6): the window uses an in-memory partition. A partition name without
// the "persist:" prefix is never written to disk; with the HTTP cache off as well, cookies,
// storage and cache die with the process.
import type { Session } from 'electron';

export const IN_MEMORY_PARTITION = 'mdn-in-memory';

export function createInMemorySession(fromPartition: (partition: string, options: { cache: boolean }) => Session): Session {
  if (IN_MEMORY_PARTITION.startsWith('persist:')) throw new Error('the app session must not persist');
  return fromPartition(IN_MEMORY_PARTITION, { cache: false });
}
