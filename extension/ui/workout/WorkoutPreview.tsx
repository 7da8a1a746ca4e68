// A workout's intensity over time as blocks, one per step (repeats written
// out), coloured by what the step is for and as tall as it is hard. The label
// says the same in words; a step of unknown length is drawn dashed.
import { formatDuration } from '../../../shared/model';
import { useFormat } from '../common/format-context';
import { counted } from '../common/plural';
import type { PreviewBlock } from './preview-blocks';

const WIDTH = 300;
const HEIGHT = 80;
/** Blocks without a target are drawn low, so they are seen but not read as easy. */
const NO_TARGET_HEIGHT = 0.3;

function summary(
  blocks: readonly PreviewBlock[],
  percent: (fraction: number) => string,
  number: (n: number) => string,
): string {
  const total = blocks.reduce((sum, b) => sum + b.seconds, 0);
  const known = blocks.filter((b) => b.intensity !== null).map((b) => b.intensity as number);
  const hardest = known.length > 0 ? `; hardest ${percent(Math.max(...known))} of threshold` : '';
  const about = blocks.some((b) => b.guessed) ? 'about ' : '';
  return `Intensity over time: ${counted(blocks.length, 'step', 'steps', number)}, ${about}${formatDuration(total)}${hardest}`;
}

export function WorkoutPreview({ blocks }: { blocks: readonly PreviewBlock[] }) {
  const { number } = useFormat();
  if (blocks.length === 0) return null;
  const percent = (fraction: number) => `${number(Math.round(fraction * 100))} %`;
  const total = blocks.reduce((sum, b) => sum + b.seconds, 0);
  const top = Math.max(1.2, ...blocks.map((b) => b.intensity ?? 0));
  const label = summary(blocks, percent, number);
  return (
    <svg
      class="workout-preview"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={label}
    >
      <title>{label}</title>
      {blocks.map((b, i) => {
        const h = ((b.intensity ?? NO_TARGET_HEIGHT) / top) * HEIGHT;
        return (
          <rect
            key={i}
            class={`workout-block workout-${b.kind}${b.intensity === null ? ' workout-no-target' : ''}${b.guessed ? ' workout-guessed' : ''}`}
            x={(b.startS / total) * WIDTH}
            y={HEIGHT - h}
            width={(b.seconds / total) * WIDTH}
            height={h}
          />
        );
      })}
      <line class="workout-threshold" x1={0} x2={WIDTH} y1={HEIGHT - HEIGHT / top} y2={HEIGHT - HEIGHT / top} />
    </svg>
  );
}
