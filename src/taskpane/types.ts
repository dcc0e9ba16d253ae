// Shapes shared by the pane's hook and its pure render components.

/** The pane's display language: Vietnamese first, English second. */
export type Lang = 'vi' | 'en';

/**
 * Where the pane runs:
 * - `starting`: office.js is present and Office.onReady has not answered yet;
 * - `excel`: inside Excel (custom functions and workbook actions available);
 * - `other-host`: inside another Office application;
 * - `no-host`: office.js loaded but no Office host (a plain browser), or Office.onReady never answered;
 * - `no-office`: inside Office, office.js did not load at all (CDN blocked, offline);
 * - `browser`: the browser page (taskpane.html's loader found no Office around it and did not load office.js).
 */
export type HostStatus = 'starting' | 'excel' | 'other-host' | 'no-host' | 'no-office' | 'browser';

export interface HostInfo {
  status: HostStatus;
  /** Office.HostType as a string ("Excel"), or null outside Office. */
  host: string | null;
  platform: string | null;
  /** Office.context.displayLanguage ("vi-VN", "en-US"), or null when unknown. */
  displayLanguage: string | null;
}

/** The slice of the Office global the pane uses; injected so jest and plain browsers can stand in for it. */
export interface OfficeLike {
  onReady(): Promise<{ host: unknown; platform: unknown }>;
  context?: {
    displayLanguage?: unknown;
    requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
  };
}

/** A custom function as the pane presents it. */
export interface FunctionEntry {
  id: string;
  summary: string;
  example: string;
  result?: string;
}

/** A coming feature as the pane presents it. */
export interface FeatureEntry {
  key: string;
  title: string;
  summary: string;
}
