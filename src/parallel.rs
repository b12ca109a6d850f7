//! Running per-document work on a rayon pool while handing results to one
//! consumer in input order, with a bounded number of documents in flight so
//! memory does not grow with the number of inputs.

use std::collections::BTreeMap;
use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc;

/// Documents in flight per worker thread: enough to keep workers busy while
/// the consumer writes, small enough that memory stays flat.
pub const WINDOW_PER_THREAD: usize = 8;

/// Most worker threads a run will start, whatever `--threads` asks: beyond
/// the cores there is nothing to gain, and tens of thousands of threads
/// (a typo such as `-j 100000`) would exhaust the machine.
pub const MAX_THREADS: usize = 256;

/// Where per-document work runs: a rayon pool, or the calling thread when
/// one worker is all a run can use (`-j1`, or a single input), which spares
/// a short run the cost of starting threads.
pub struct Workers(Option<rayon::ThreadPool>);

impl Workers {
    /// Worker threads the work is spread over.
    pub fn threads(&self) -> usize {
        self.0.as_ref().map_or(1, |p| p.current_num_threads())
    }
}

/// Workers for `items` inputs with `threads` threads asked for (0 = one per
/// core): at most [`MAX_THREADS`], and never more than there are inputs.
pub fn pool(threads: usize, items: usize) -> anyhow::Result<Workers> {
    // Asking the system for its cores reads cgroup files: skip it when
    // there is at most one input anyway.
    let threads = match threads {
        _ if items <= 1 => 1,
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    };
    let threads = threads.min(MAX_THREADS).min(items).max(1);
    if threads == 1 {
        return Ok(Workers(None));
    }
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("bigsoc-worker-{i}"))
        .build()
        .map(|p| Workers(Some(p)))
        .map_err(|e| anyhow::anyhow!("cannot start worker threads: {e}"))
}

/// Applies `work` to every item and passes each result to `sink` in item
/// order. A panic in `work` becomes `None` for that item instead of taking
/// the run down. Stops early, returning the error, when `sink` fails.
pub fn ordered_map<T, R, E, F, S>(
    workers: &Workers,
    items: &[T],
    work: F,
    mut sink: S,
) -> Result<(), E>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync,
    S: FnMut(usize, Option<R>) -> Result<(), E>,
{
    let Some(pool) = &workers.0 else {
        for (i, item) in items.iter().enumerate() {
            sink(i, panic::catch_unwind(AssertUnwindSafe(|| work(item))).ok())?;
        }
        return Ok(());
    };
    let window = (workers.threads() * WINDOW_PER_THREAD).max(2);
    let (tx, rx) = mpsc::channel::<(usize, Option<R>)>();
    pool.in_place_scope(|scope| {
        let work = &work;
        let mut next_spawn = 0;
        let mut next_emit = 0;
        let mut pending: BTreeMap<usize, Option<R>> = BTreeMap::new();
        while next_emit < items.len() {
            while next_spawn < items.len() && next_spawn < next_emit + window {
                let tx = tx.clone();
                let item = &items[next_spawn];
                let i = next_spawn;
                scope.spawn(move |_| {
                    let r = panic::catch_unwind(AssertUnwindSafe(|| work(item))).ok();
                    // The receiver only goes away after an early stop.
                    let _ = tx.send((i, r));
                });
                next_spawn += 1;
            }
            // We hold a sender, so this cannot fail while work is pending.
            let Ok((i, r)) = rx.recv() else { break };
            pending.insert(i, r);
            while let Some(r) = pending.remove(&next_emit) {
                sink(next_emit, r)?;
                next_emit += 1;
            }
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_order_whatever_the_threads() {
        for threads in [1, 2, 4] {
            let items: Vec<u64> = (0..200).collect();
            let p = pool(threads, items.len()).unwrap();
            assert_eq!(p.threads(), threads);
            let mut seen = Vec::new();
            ordered_map(
                &p,
                &items,
                |&x| {
                    // Uneven work so results finish out of order.
                    std::thread::sleep(std::time::Duration::from_micros((x * 37) % 300));
                    x * 2
                },
                |i, r| {
                    seen.push((i, r.unwrap()));
                    Ok::<(), ()>(())
                },
            )
            .unwrap();
            assert_eq!(
                seen,
                items
                    .iter()
                    .map(|&x| (x as usize, x * 2))
                    .collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn no_more_threads_than_inputs() {
        assert_eq!(pool(4, 1).unwrap().threads(), 1);
        assert_eq!(pool(4, 0).unwrap().threads(), 1);
        assert_eq!(pool(4, 3).unwrap().threads(), 3);
        assert_eq!(pool(MAX_THREADS * 4, 2).unwrap().threads(), 2);
    }

    #[test]
    fn sink_error_stops_early() {
        let items: Vec<u32> = (0..1000).collect();
        for threads in [1, 2] {
            let p = pool(threads, items.len()).unwrap();
            let mut n = 0;
            let r = ordered_map(
                &p,
                &items,
                |&x| x,
                |_, _| {
                    n += 1;
                    if n == 5 { Err("stop") } else { Ok(()) }
                },
            );
            assert_eq!(r, Err("stop"));
            assert_eq!(n, 5);
        }
    }

    #[test]
    fn a_panic_becomes_none() {
        let items = vec![1, 0, 3];
        let prev = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        for threads in [1, 2] {
            let p = pool(threads, items.len()).unwrap();
            let mut out = Vec::new();
            ordered_map(
                &p,
                &items,
                |&x| 6 / x,
                |_, r| {
                    out.push(r);
                    Ok::<(), ()>(())
                },
            )
            .unwrap();
            assert_eq!(out, vec![Some(6), None, Some(2)]);
        }
        std::panic::set_hook(prev);
    }
}
