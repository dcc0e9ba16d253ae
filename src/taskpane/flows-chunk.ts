// What the controller loads on demand (flows-lazy.ts).
export { readFlow, saveCorrection, trackFlow, writeEstimatesFlow } from './flows';
export { editedValues } from './whatif';
