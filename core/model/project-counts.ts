/** Size of a project, as summaries and the project list show it. */
export interface ProjectCounts {
  configurations: number;
  members: number;
  plants: number;
  /** Sum of the plants' peak power [kWp]. */
  totalKWp: number;
  /** Sum of the members' yearly consumption [kWh]. */
  annualConsumptionKWh: number;
}
