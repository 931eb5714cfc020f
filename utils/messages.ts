// Messages between the content script, the popup/options pages and the
// background, where the engine and the effective policy live. Plain data
// only: findings and suggestions cross these boundaries as JSON.
import type { AccountKind, Finding, Platform } from '../rules/types';
import type { Enforcement } from '../rules/policy';

/** Which site a composer belongs to (adapters report it); YouTube Studio counts as youtube. */
export type Site = Platform;

export interface CheckRequest {
  type: 'check';
  text: string;
  site: Site;
  /** The account kind the user chose in the panel for this site, if any. */
  account?: AccountKind;
  /** The signed-in handle the adapter read from the page (X), matched against policy.councilAccounts. */
  handle?: string;
}
export interface CheckResponse {
  findings: Finding[];
  account: AccountKind;
  /** Why this account kind: the user's choice, a council handle, or the policy default. */
  accountSource: 'chosen' | 'handle' | 'policy';
  enforcement: Enforcement;
  accountSwitching: boolean;
  disclaimer: string;
  /** How long the engine took in the background, in milliseconds. */
  engineMs: number;
  /** Checked before managed policy could be read (just after browser start); check again shortly. */
  provisional?: boolean;
}

/** Loads and runs the engine once so the first real check is fast; sent when a composer appears. */
export interface WarmRequest {
  type: 'warm';
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
/** Answer to tab-status: the last PageStatus the tab's content script reported, or null (a page we do not run on). */
export type TabStatusResponse = PageStatus | null;
export interface PolicyStateRequest {
  type: 'policy-state';
}

/** The panel's account switch: remembered for the site (the popup shows and changes the same choice). */
export interface SetAccountRequest {
  type: 'set-account';
  site: Site;
  account: AccountKind;
}

export type Message = CheckRequest | WarmRequest | PageStatusMessage | TabStatusRequest | PolicyStateRequest | SetAccountRequest;

/** What the badge and popup say when a page is not being checked. */
export const NOT_CHECKING_TEXT = 'Not checking on this page';
