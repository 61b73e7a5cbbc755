/**
 * Stop requests of a long command (a sweep, a comparison), as users and cluster schedulers send
 * them: SIGINT (Ctrl-C), SIGTERM (Slurm, Kubernetes, systemd before SIGKILL), SIGHUP (a closed
 * terminal). `bin/kiez.mjs` runs a sweep in a child process of its own process group, so a signal
 * to the group reaches both, and a signal to the launcher alone is relayed over IPC: each signal
 * is counted once, whichever way it came. If the launcher dies (SIGKILL to it alone), its channel
 * closes and that is a stop request too, so the child never runs on as an orphan.
 */

export const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
export type StopSignal = (typeof STOP_SIGNALS)[number];

/** Exit codes as shells report a process ended by a signal: 128 + its number. */
export const EXIT_CODE: Readonly<Record<StopSignal, number>> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

/** What the launcher relays: the signal and how many of it the launcher has had. */
export interface RelayedStop {
  readonly kiezStop: StopSignal;
  readonly count: number;
}

function isRelayed(m: unknown): m is RelayedStop {
  const r = m as RelayedStop;
  return (
    r !== null &&
    typeof r === 'object' &&
    (STOP_SIGNALS as readonly string[]).includes(r.kiezStop) &&
    Number.isInteger(r.count)
  );
}

/**
 * Call `onRequest(signal, n)` for the n-th distinct stop request until the returned function is
 * called: n = 1 asks for a clean stop, n >= 2 for an immediate one.
 */
export function watchStopRequests(onRequest: (signal: StopSignal, n: number) => void): () => void {
  const own: Record<string, number> = {};
  const relayed: Record<string, number> = {};
  let seen = 0;
  const update = (signal: StopSignal) => {
    let total = 0;
    for (const s of STOP_SIGNALS) total += Math.max(own[s] ?? 0, relayed[s] ?? 0);
    while (seen < total) onRequest(signal, ++seen);
  };
  const handlers = STOP_SIGNALS.map((s) => {
    const h = () => {
      own[s] = (own[s] ?? 0) + 1;
      update(s);
    };
    process.on(s, h);
    return [s, h] as const;
  });
  const onMessage = (m: unknown) => {
    if (!isRelayed(m)) return;
    relayed[m.kiezStop] = Math.max(relayed[m.kiezStop] ?? 0, m.count);
    update(m.kiezStop);
  };
  const onDisconnect = () => {
    relayed['SIGTERM'] = (relayed['SIGTERM'] ?? 0) + 1;
    update('SIGTERM');
  };
  const ipc = typeof process.send === 'function';
  if (ipc) {
    process.on('message', onMessage);
    process.on('disconnect', onDisconnect);
    // The channel must not keep the process alive once its work is done.
    process.channel?.unref();
    if (!process.connected) onDisconnect();
  }
  return () => {
    for (const [s, h] of handlers) process.off(s, h);
    if (ipc) {
      process.off('message', onMessage);
      process.off('disconnect', onDisconnect);
      process.channel?.unref();
    }
  };
}
