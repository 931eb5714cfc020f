// Messages between the content script, the popup/options pages and the
// background, where the engine and the effective policy live. Plain data
// only: findings and suggestions cross these boundaries as JSON.
import type { AccountKind, Finding, Platform } from '../rules/types';
import type { Enforcement } from '../rules/policy';

/** Which site surface a composer belongs to (adapters report it). */
export type Site = Platform;

export interface CheckRequest {
  type: 'check';
  text: string;
  site: Site;
  /** The account kind the user chose in the panel for this site, if any. */
  account?: AccountKind;
}
export interface CheckResponse {
  findings: Finding[];
  account: AccountKind;
  enforcement: Enforcement;
  accountSwitching: boolean;
  disclaimer: string;
}

/** Whether a page is being checked, and why not: the badge and popup show it. */
export type PageStatus =
  | { state: 'checking'; site: Site; composers: number }
  | { state: 'idle'; site: Site }
  | { state: 'not-checking'; site: Site; reason: string };

export interface PageStatusMessage {
  type: 'page-status';
  status: PageStatus;
}
export interface TabStatusRequest {
  type: 'tab-status';
  tabId: number;
}
export interface PolicyStateRequest {
  type: 'policy-state';
}

export type Message = CheckRequest | PageStatusMessage | TabStatusRequest | PolicyStateRequest;
