import type { JourneySection } from '../../lib/session/journey';

/** The translation key of a journey section's title. */
export function sectionTitleKey(section: JourneySection): string {
  return section === 'primo' || section === 'obs' || section === 'triage' || section === 'bilan'
    ? `sections.${section}`
    : `areas.${section}.title`;
}
