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
export { readPreviousAssessment, mergeEvidence, type PreviousAssessment } from './previous';
export { buildAssessment, ASSESS_VERSION, type AssessBuild, type AssessBuildInput } from './sheets';
export { assessmentPlace, assessSheetNames, type AssessPlace } from './place';
export {
  prepareAssessment,
  runAssessment,
  NoCriteriaTableError,
  type AssessRun,
  type Prepared,
  type PrepareOptions,
} from './flow';
export {
  ASSESS_SHEETS,
  ASSESS_PROBLEMS_SHARED,
  type AssessSheetNames,
  ASSESS_HEADERS,
  EVIDENCE_HEADERS,
  SCORING_LABEL,
} from './labels';
export { assessReport, shownScore, type AssessReport } from './report';
