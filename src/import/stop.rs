//! How an import stops on Ctrl-C (SIGINT) or SIGTERM.
//!
//! While rows are being sent, the first signal asks the import to stop ([`Signals::next`]):
//! no new batches, the ones in flight waited for and journalled, exit 130. A second signal,
//! or any signal before the sending starts, ends the process at once, with exit 130; what
//! was acknowledged is already in the journal. Every one of these exits removes the copy of
//! standard input ([`super::spool`]).
//!
//! The signals are watched from a thread of its own: the import reads its input between
//! awaits, and a signal must not wait for a read to finish.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use tokio::sync::mpsc;

pub struct Signals {
    stop: mpsc::UnboundedReceiver<()>,
    graceful: Arc<AtomicBool>,
}

/// The exit code of an interrupted import.
const INTERRUPTED: i32 = 130;

impl Signals {
    /// Starts watching; the handlers are in place when this returns.
    pub fn watch() -> Signals {
        let (tx, stop) = mpsc::unbounded_channel();
        let graceful = Arc::new(AtomicBool::new(false));
        let (ready_tx, ready) = std::sync::mpsc::channel();
        let asked = graceful.clone();
        std::thread::spawn(move || {
            let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            else {
                let _ = ready_tx.send(());
                return;
            };
            runtime.block_on(async move {
                let mut signal = Signal::new();
                let _ = ready_tx.send(());
                let mut stopping = false;
                loop {
                    signal.next().await;
                    if asked.load(Ordering::SeqCst) && !stopping {
                        stopping = true;
                        let _ = tx.send(());
                    } else {
                        super::spool::remove_all();
                        std::process::exit(INTERRUPTED);
                    }
                }
            });
        });
        let _ = ready.recv();
        Signals { stop, graceful }
    }

    /// From now on, the first signal is for [`Signals::next`]; a second one exits.
    pub fn graceful(&self) {
        self.graceful.store(true, Ordering::SeqCst);
    }

    /// The first signal since [`Signals::graceful`].
    pub async fn next(&mut self) {
        if self.stop.recv().await.is_none() {
            // The watcher could not start: no signal will come.
            std::future::pending::<()>().await;
        }
    }
}

/// SIGINT and SIGTERM as one stream.
struct Signal {
    #[cfg(unix)]
    streams: Option<(tokio::signal::unix::Signal, tokio::signal::unix::Signal)>,
}

impl Signal {
    fn new() -> Signal {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            let streams = signal(SignalKind::interrupt())
                .and_then(|int| Ok((int, signal(SignalKind::terminate())?)))
                .ok();
            Signal { streams }
        }
        #[cfg(not(unix))]
        Signal {}
    }

    async fn next(&mut self) {
        #[cfg(unix)]
        match &mut self.streams {
            Some((int, term)) => {
                tokio::select! {
                    _ = int.recv() => {}
                    _ = term.recv() => {}
                }
            }
            None => std::future::pending::<()>().await,
        }
        #[cfg(not(unix))]
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    }
}
