/// <reference lib="dom" />
/**
 * The dashboard example: the sample project's dashboard and every popm
 * chart, computed in the browser from the BUILT package (`popm` and
 * `popm/charts`, aliased to ../../dist by vite.config.ts).
 */
import * as popm from 'popm';
import * as charts from 'popm/charts';
import { type Api, gallery } from './gallery.js';

const asOf = '2026-11-13';
const project = popm.sampleProject;
const board = popm.dashboard(project, asOf);

const el = (id: string) => document.getElementById(id) as HTMLElement;
el('name').textContent = board.name;
el('sub').textContent = `Dashboard as of ${asOf} · overall ${board.overall.toUpperCase()}`;
for (const [area, rating] of Object.entries(board.areas)) {
  const box = document.createElement('div');
  box.className = 'area';
  const title = document.createElement('b');
  title.textContent = area.charAt(0).toUpperCase() + area.slice(1);
  const rag = document.createElement('span');
  rag.className = `rag ${rating.rag}`;
  rag.textContent = rating.rag;
  box.append(title, rag);
  el('areas').append(box);
}
for (const figure of gallery({ ...popm, ...charts } as unknown as Api, project, asOf)) {
  const f = document.createElement('figure');
  f.dataset.chart = figure.id;
  if (figure.id === 'gantt') f.className = 'wide';
  // The SVG strings come from popm: escaped, script-free, no external references.
  f.innerHTML = `${figure.svg}<figcaption></figcaption>`;
  (f.querySelector('figcaption') as HTMLElement).textContent = figure.caption;
  el('charts').append(f);
}
document.body.dataset.ready = 'true';
