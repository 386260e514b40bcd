/**
 * Styles of the estimator's bar, chart and tables (parts/chart.ts), in the `carepath` layer. The visitor's share is
 * solid and the plan's hatched, each named in a table, so the drawings never rely on colour alone — and in forced
 * colors they stay solid vs hatched.
 */
import { css } from 'lit';

export const chartStyles = css`
  @layer carepath {
    /* The bar and the chart: inline SVG sized by CSS; the shares are attributes, never style bindings. */
    .bar,
    .chart {
      display: grid;
      gap: 0.5rem;
      min-inline-size: 0;
    }
    .bar-svg {
      display: block;
      inline-size: 100%;
      block-size: 2rem;
      overflow: visible;
    }
    .chart-svg {
      display: block;
      inline-size: 100%;
      block-size: var(--_chart-height);
      overflow: visible;
    }
    .seg.you {
      fill: var(--_cost-you);
    }
    .seg.plan {
      stroke: var(--_cost-plan);
      stroke-width: 1;
    }
    .hatch-back {
      fill: var(--_cost-plan-bg);
    }
    .hatch-line {
      stroke: var(--_cost-plan);
      stroke-width: 2.5;
    }
    .baseline {
      stroke: var(--_muted);
      stroke-width: 1;
    }
    .swatch {
      inline-size: 1rem;
      block-size: 1rem;
      margin-inline-end: 0.5rem;
      vertical-align: -0.15em;
    }
    .axis {
      display: flex;
      justify-content: space-between;
      color: var(--_muted);
      font-size: 0.875em;
    }
    table {
      inline-size: 100%;
      border-collapse: collapse;
      font-variant-numeric: tabular-nums;
    }
    caption {
      padding-block-end: 0.25rem;
      font-weight: 600;
      text-align: start;
    }
    th,
    td {
      padding-block: 0.375rem;
      padding-inline: 0.375rem;
      border-block-end: 1px solid var(--_border);
      text-align: start;
      vertical-align: top;
    }
    th {
      font-weight: 600;
    }
    td,
    .weeks thead th:not(:first-child) {
      text-align: end;
    }
    .by-week summary {
      padding-block: 0.625rem;
      color: var(--_accent);
      font-weight: 600;
      cursor: pointer;
    }
    .next {
      font-weight: 600;
    }

    @media (forced-colors: active) {
      /* System colours, set by us so the shares stay solid vs hatched instead of both becoming one colour. */
      .bar-svg,
      .chart-svg,
      .swatch {
        forced-color-adjust: none;
      }
      .seg.you {
        fill: CanvasText;
      }
      .seg.plan,
      .hatch-line,
      .baseline {
        stroke: CanvasText;
      }
      .hatch-back {
        fill: Canvas;
      }
    }
  }
`;
