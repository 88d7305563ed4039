// Which figures count people: the casualty chart's facts and the figure series are made of them.
import type { Figure } from '../../schema/document.ts';

/** A figure that counts people: any measure but "other", in the unit "people". */
export function isPeopleCount(figure: Pick<Figure, 'measure' | 'unit' | 'value'>): boolean {
  return figure.measure !== 'other' && figure.unit.trim().toLowerCase() === 'people' && Number.isFinite(figure.value) && figure.value >= 0;
}
