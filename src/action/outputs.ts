/** The step outputs (`verdict`, `passed`, ... see action.yml), set once per run. */
import * as core from '@actions/core'
import { Outputs } from './constants.ts'

export interface OutputValues {
  verdict: string
  passed: number
  notPassed: number
  summaryJson: string
  journalsDir: string
  reportPath: string
}

export function setOutputs(values: OutputValues): void {
  core.setOutput(Outputs.Verdict, values.verdict)
  core.setOutput(Outputs.Passed, String(values.passed))
  core.setOutput(Outputs.NotPassed, String(values.notPassed))
  core.setOutput(Outputs.SummaryJson, values.summaryJson)
  core.setOutput(Outputs.JournalsDir, values.journalsDir)
  core.setOutput(Outputs.ReportPath, values.reportPath)
}
