/** Self-assessment with evidence (issue 21): the model, its rules and totals, the sheets. Pure. */
export * from './types';
export { planCriteriaTables, setFromFramework, setFromPlanTable, leaves, fields, fieldOf } from './sets';
export {
  assess,
  completionScore,
  criterionOfTask,
  isTaskDone,
  namesDocument,
  projectedGroup,
  type AssessInput,
  type AssessProblem,
  type AssessResult,
  type FieldTotal,
  type RatioScore,
} from './model';
export { tasksFromTracker, tasksFromPlan, proposedEvidence, isParTask, numberSymbolIn, dateIn } from './tasks';
