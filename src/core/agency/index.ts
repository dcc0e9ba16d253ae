/** Agency names: one normaliser for the tracker, its summary, the pane's chart, the roll-up and the cascade. */
export { canonicalAgency, unitMatcher } from './match';
export { AgencyLabels, agencyKey, agencyKeyList, splitAgencies } from './names';
