// Rectangles in a chart's viewBox units, for label placement and collision checks.
import { round1 } from './format.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function roundBox(b: Box): Box {
  return { x: round1(b.x), y: round1(b.y), width: round1(b.width), height: round1(b.height) };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** True when any two of the boxes overlap (for tests and for callers' own checks). */
export function anyOverlap(boxes: readonly Box[]): boolean {
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i], boxes[j])) return true;
  return false;
}
