/** The first-run tour of the demo project: what each step points at (a `data-test` of the project page) and says. */
import type { MessageKey } from '../../i18n/it';

export interface TourStep {
  target: string;
  title: MessageKey;
  text: MessageKey;
}

export const TOUR_STEPS: TourStep[] = [
  { target: 'tab-members', title: 'tour.members.title', text: 'tour.members.text' },
  { target: 'tab-map', title: 'tour.map.title', text: 'tour.map.text' },
  { target: 'tab-simulation', title: 'tour.simulation.title', text: 'tour.simulation.text' },
  { target: 'tab-sharing', title: 'tour.results.title', text: 'tour.results.text' },
  { target: 'tab-deliverables', title: 'tour.exports.title', text: 'tour.exports.text' },
];
