//! How an import stops on Ctrl-C (SIGINT) or SIGTERM (Unix only).
//!
//! Once a bulk command's passes begin ([`Signals::graceful`]: whatsapp import's checking
//! pass, the other commands' sending pass), the first signal asks the run to stop
//! ([`Signals::next`], or [`Signals::try_next`] in a pass that does not await): no new
//! requests, the ones in flight waited for and journalled, and an exit status returned up
//! the stack (`crate::bulk::Stop::exit`): 130 after Ctrl-C, 143 after SIGTERM. A second
//! signal, or any signal before the passes begin (while standard input is copied, say),
//! ends the process at once, with the same code; what was acknowledged is already in the
//! journal. Every one of these exits removes the copy of standard input
//! ([`super::spool`]) and puts the failed-rows file, with the rows written so far, in place
//! ([`super::failed::rescue_all`]).
//!
//! The signals are watched from a thread of its own: the import reads its input between
//! awaits, and a signal must not wait for a read to finish.

use std::io::Write as _;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use tokio::sync::mpsc;

pub struct Signals {
    stop: mpsc::UnboundedReceiver<Caught>,
    graceful: Arc<AtomicBool>,
}

/// Which signal stopped the run: Ctrl-C (SIGINT) or SIGTERM.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Caught {
    Interrupt,
    Terminate,
}

impl Caught {
    /// 130 after Ctrl-C, 143 after SIGTERM (128 + the signal, as shells report them).
    pub fn exit_status(self) -> crate::error::ExitStatus {
        match self {
            Caught::Interrupt => crate::error::ExitStatus::Interrupted,
            Caught::Terminate => crate::error::ExitStatus::Terminated,
        }
    }
}

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
                    let caught = signal.next().await;
                    if asked.load(Ordering::SeqCst) && !stopping {
                        stopping = true;
                        let _ = tx.send(caught);
                    } else {
                        super::spool::remove_all();
                        // What the failed-rows files hold so far is kept, in place.
                        for path in super::failed::rescue_all() {
                            let _ = writeln!(
                                std::io::stderr(),
                                "stopped at once: {} holds the rows reported so far",
                                path.display()
                            );
                        }
                        std::process::exit(caught.exit_status().code());
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

    /// The first signal since [`Signals::graceful`], if it has come: for a pass that reads
    /// its input without awaiting.
    pub fn try_next(&mut self) -> Option<Caught> {
        self.stop.try_recv().ok()
    }

    /// The first signal since [`Signals::graceful`].
    pub async fn next(&mut self) -> Caught {
        match self.stop.recv().await {
            Some(caught) => caught,
            // The watcher could not start: no signal will come.
            None => std::future::pending().await,
        }
    }
}

/// Ctrl-C, and on Unix SIGTERM, as one stream.
///
/// Ctrl-C is a listener held from the start, on every platform: SIGINT on Unix (what
/// `tokio::signal::ctrl_c` listens to there), the console's Ctrl-C on Windows. tokio's
/// portable `ctrl_c()` future would not do: it listens only while polled, so the handler
/// would not be in place when [`Signals::watch`] returns, and a second Ctrl-C coming between
/// two polls would be lost.
///
/// SIGTERM is Unix-only: Windows has no such signal (`taskkill /F` and a closed console
/// end the process without one), so there Ctrl-C is the one way to stop a run.
struct Signal {
    interrupt: Option<Interrupt>,
    #[cfg(unix)]
    terminate: Option<tokio::signal::unix::Signal>,
}

#[cfg(unix)]
type Interrupt = tokio::signal::unix::Signal;
#[cfg(windows)]
type Interrupt = tokio::signal::windows::CtrlC;

impl Signal {
    fn new() -> Signal {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            Signal {
                interrupt: signal(SignalKind::interrupt()).ok(),
                terminate: signal(SignalKind::terminate()).ok(),
            }
        }
        #[cfg(windows)]
        Signal {
            interrupt: tokio::signal::windows::ctrl_c().ok(),
        }
    }

    async fn next(&mut self) -> Caught {
        let listener = &mut self.interrupt;
        let interrupt = async {
            if let Some(listener) = listener
                && listener.recv().await.is_some()
            {
                return Caught::Interrupt;
            }
            // No listener (or it closed): no Ctrl-C will come.
            std::future::pending().await
        };
        #[cfg(unix)]
        if let Some(terminate) = &mut self.terminate {
            return tokio::select! {
                caught = interrupt => caught,
                _ = terminate.recv() => Caught::Terminate,
            };
        }
        interrupt.await
    }
}
