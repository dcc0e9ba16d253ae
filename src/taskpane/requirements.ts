/**
 * Which Office requirement sets each chiso feature needs (Microsoft's requirement-set tables), and the check the pane
 * makes before relying on one: `Office.context.requirements.isSetSupported`. The manifest asks only ExcelApi 1.1 at
 * its base (Excel 2016); the rest is in VersionOverrides (manifest.xml, docs/decisions.md "Reaching every Office").
 */
import type { OfficeLike } from './types';

export type Feature = 'taskPane' | 'ribbonButton' | 'sharedRuntime' | 'customFunctions';

export interface RequirementSet {
  name: string;
  minVersion: string;
}

export const FEATURE_REQUIREMENTS: Record<Feature, RequirementSet[]> = {
  /** The pane itself (base manifest): every Excel from 2016 on. Each workbook action checks its own ExcelApi level. */
  taskPane: [{ name: 'ExcelApi', minVersion: '1.1' }],
  ribbonButton: [{ name: 'AddinCommands', minVersion: '1.1' }],
  sharedRuntime: [{ name: 'SharedRuntime', minVersion: '1.1' }],
  customFunctions: [{ name: 'CustomFunctionsRuntime', minVersion: '1.1' }],
};

/** Whether the running Office has every set `feature` needs; false outside Office or when the check throws. */
export function supports(office: OfficeLike | undefined, feature: Feature): boolean {
  const req = office?.context?.requirements;
  if (!req || typeof req.isSetSupported !== 'function') return false;
  try {
    return FEATURE_REQUIREMENTS[feature].every((s) => req.isSetSupported(s.name, s.minVersion));
  } catch {
    return false;
  }
}
