import type { Positions } from '../../../shared/model';
import { routePath } from './route-path';

/** The route's shape from its positions, start and finish marked by shape as well as colour. */
export function RouteOutline({ positions }: { positions: Positions }) {
  const path = routePath(positions);
  if (path === null) return null;
  const pad = 4;
  return (
    <section class="route" aria-label="Route">
      <h3>Route</h3>
      <svg
        viewBox={`${-pad} ${-pad} ${path.width + 2 * pad} ${path.height + 2 * pad}`}
        role="img"
        aria-label="Outline of the route, north up; circle marks the start, square the finish"
      >
        <path d={path.d} class="route-line" vector-effect="non-scaling-stroke" />
        <circle class="route-start" cx={path.start[0]} cy={path.start[1]} r={2.5} />
        <rect class="route-finish" x={path.finish[0] - 2} y={path.finish[1] - 2} width={4} height={4} />
      </svg>
    </section>
  );
}
