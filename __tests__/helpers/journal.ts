/** The parts of a journal file (chaostoolkit's shape) that tests read. */
export interface ActivityRun {
  activity: { name: string; type?: string }
  status?: string
  output?: unknown
  exception?: unknown
  tolerance_met?: boolean
}

export interface SteadyState {
  steady_state_met: boolean
  probes: ActivityRun[]
}

export interface Journal {
  status: string
  deviated: boolean
  run: ActivityRun[]
  rollbacks: ActivityRun[]
  steady_states: {
    before: SteadyState | null
    after: SteadyState | null
    during?: SteadyState[]
  }
}
