/**
 * Invariants of the classic model, checked after every tick in tests: one agent per cell, the
 * cell-side and agent-side arrays agree, the vacancy pool holds exactly the empty cells, and the
 * incrementally kept neighbour counts equal a recount from scratch.
 */
import { type ClassicModel, VACANT } from './engine.ts';

/** Problems found (empty when the state is consistent). Stops after the first few of each kind. */
export function classicInvariantProblems(m: ClassicModel): string[] {
  const problems: string[] = [];
  const { grid, agents, cellAgent, cellGroup, agentCell, agentGroup, vacant, vacantPos } = m;
  const seen = new Uint8Array(grid.cells);
  for (let a = 0; a < agents && problems.length < 5; a++) {
    const c = agentCell[a]!;
    if (c < 0 || c >= grid.cells) problems.push(`agent ${a} in cell ${c} outside the grid`);
    else if (seen[c]) problems.push(`cell ${c} holds two agents`);
    else if (cellAgent[c] !== a || cellGroup[c] !== agentGroup[a])
      problems.push(`cell ${c} disagrees with agent ${a}`);
    seen[c] = 1;
  }
  if (vacant.length !== grid.cells - agents) problems.push(`vacancy pool has ${vacant.length} cells`);
  for (let i = 0; i < vacant.length && problems.length < 10; i++) {
    const c = vacant[i]!;
    if (seen[c]) problems.push(`vacant cell ${c} is occupied or listed twice`);
    else if (vacantPos[c] !== i || cellAgent[c] !== -1 || cellGroup[c] !== VACANT) {
      problems.push(`vacant cell ${c} has inconsistent index or occupant`);
    }
    seen[c] = 1;
  }
  const nb = new Uint8Array(grid.nb.length);
  for (let c = 0; c < grid.cells; c++) {
    const g = cellGroup[c]!;
    if (g === VACANT) continue;
    const x = c % grid.size;
    const y = (c - x) / grid.size;
    for (let k = 0; k < grid.neighbourhoodSize; k++) {
      let nx = x + grid.dx[k]!;
      let ny = y + grid.dy[k]!;
      if (grid.torus) {
        nx = (nx + grid.size) % grid.size;
        ny = (ny + grid.size) % grid.size;
      } else if (nx < 0 || ny < 0 || nx >= grid.size || ny >= grid.size) continue;
      const i = (ny * grid.size + nx) * grid.width;
      nb[i]!++;
      nb[i + 1 + g]!++;
    }
  }
  for (let i = 0; i < nb.length && problems.length < 15; i++) {
    if (nb[i] === grid.nb[i]) continue;
    const cell = Math.floor(i / grid.width);
    const what = i % grid.width === 0 ? 'occupied count' : `group ${(i % grid.width) - 1} count`;
    problems.push(`${what} of cell ${cell} is ${grid.nb[i]}, recount ${nb[i]}`);
  }
  return problems;
}
