/**
 * The debrief's charts with Chart.js: every track per power per turn, influence per country,
 * escalation and the factions' strength, from the history snapshots of the archive. Dark on
 * screen, light on paper (the printable report).
 */
import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Title, Tooltip } from "chart.js";
import type { ChartSpec } from "../model/debrief-model";
import { h } from "../ui/dom";
import { ui } from "../lang/ui";

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Title, Tooltip);

export type ChartTheme = "screen" | "print";

const THEMES = {
  screen: { text: "#e8edf2", grid: "rgba(154, 167, 180, 0.18)" },
  print: { text: "#1b2530", grid: "rgba(0, 0, 0, 0.12)" },
} as const;

export interface ChartSet {
  charts: Chart[];
  destroy(): void;
}

/** One canvas per spec, in `container`; each chart in a box of the given height. */
export function drawCharts(container: HTMLElement, specs: readonly ChartSpec[], theme: ChartTheme, height = 220): ChartSet {
  const colors = THEMES[theme];
  const charts: Chart[] = [];
  for (const spec of specs) {
    const canvas = h("canvas", { "data-chart": spec.id, role: "img", "aria-label": ui().debrief.chartLabel(spec.title) });
    const box = h("div", { class: "chart-box", "data-chart-box": spec.id }, canvas);
    box.style.height = `${height}px`;
    container.append(box);
    charts.push(
      new Chart(canvas, {
        type: "line",
        data: {
          labels: spec.turns.map((t) => (t === 0 ? ui().debrief.start : ui().debrief.chartTurn(t))),
          datasets: spec.series.map((s) => ({
            label: s.label,
            data: s.values,
            borderColor: s.color,
            backgroundColor: s.color,
            borderWidth: theme === "print" ? 1.6 : 2.2,
            pointRadius: spec.turns.length > 12 ? 0 : 2.5,
            tension: 0.15,
            spanGaps: true,
          })),
        },
        options: {
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          devicePixelRatio: Math.max(2, window.devicePixelRatio || 1),
          color: colors.text,
          interaction: { mode: "index", intersect: false },
          plugins: {
            title: { display: true, text: spec.title, color: colors.text, font: { size: 14, weight: "bold" } },
            legend: { position: "bottom", labels: { color: colors.text, boxWidth: 12, boxHeight: 12, font: { size: 11 } } },
            tooltip: { enabled: theme === "screen" },
          },
          scales: {
            x: { ticks: { color: colors.text }, grid: { color: colors.grid } },
            y: {
              ...(spec.min !== undefined ? { suggestedMin: spec.min } : {}),
              ...(spec.max !== undefined ? { suggestedMax: spec.max } : {}),
              ticks: { color: colors.text },
              grid: { color: colors.grid },
            },
          },
        },
      }),
    );
  }
  return {
    charts,
    destroy() {
      for (const c of charts) c.destroy();
      charts.length = 0;
    },
  };
}
