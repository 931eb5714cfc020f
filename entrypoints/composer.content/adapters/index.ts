import type { Adapter } from './types';
import x from './x';
import facebook from './facebook';
import youtube from './youtube';
import { studioDescription, studioTitle } from './studio';

export const ADAPTERS: Adapter[] = [x, facebook, youtube, studioTitle, studioDescription];

export function adaptersFor(hostname: string): Adapter[] {
  return ADAPTERS.filter((a) => a.hosts.includes(hostname));
}
export type { Adapter } from './types';
