/**
 * Which Office requirement sets each chiso feature needs (Microsoft's requirement-set tables), and the check the pane
 * makes before relying on one: `Office.context.requirements.isSetSupported`. The manifest asks only ExcelApi 1.1 at
 * its base (Excel 2016); the rest is in VersionOverrides (manifest.xml, docs/decisions.md "Reaching every Office").
 */
import { REQUIREMENTS, type RequirementSet } from '../adapters/office/requirements';
import type { OfficeLike } from './types';

export type Feature = 'taskPane' | 'ribbonButton' | 'sharedRuntime' | 'customFunctions';
export type { RequirementSet };

/** The pane's features, from the one table (src/adapters/office/requirements.ts); workbook actions check their own. */
export const FEATURE_REQUIREMENTS: Record<Feature, RequirementSet[]> = {
  taskPane: [REQUIREMENTS.taskPane],
  ribbonButton: [REQUIREMENTS.ribbonButton],
  sharedRuntime: [REQUIREMENTS.sharedRuntime],
  customFunctions: [REQUIREMENTS.customFunctions],
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
