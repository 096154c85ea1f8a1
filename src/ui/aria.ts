/**
 * An ARIA state in the attribute's own words. Attribute values stay strings in the templates:
 * Svelte sets any other value only after listing the element's property setters, a walk of its
 * prototypes that costs milliseconds of a first render on a slow tablet.
 */
export function ariaState(on: boolean): 'true' | 'false' {
  return on ? 'true' : 'false';
}
