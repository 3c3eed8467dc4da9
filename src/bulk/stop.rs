//! Why a bulk run stops before the end of its input (issue 12, "one bulk engine that fails
//! safe"): a refusal of the request is not a refusal of rows. The credential refused, an
//! answer that does not acknowledge, a server down past the retries, or the first answers
//! all refusing with one message stop the run; every other refusal is about its row.
//!
//! [`Stop`] is every bulk command's reason to stop, and [`Stop::exit`] the exit status it
//! maps to; [`Policy`] judges the answers of a command that sends one row per request.

use serde_json::Value;

use crate::api::ApiError;
use crate::error::ExitStatus;

/// Why the run stopped before the end of the input.
pub enum Stop {
    /// The rest of the input can still be read, and is written to the failed file.
    Failed(anyhow::Error),
    /// The input cannot be read past here.
    Unreadable(anyhow::Error),
    /// The answers say the request is wrong, not the rows: what, and what to fix.
    Told { message: String, hint: String },
    /// Ctrl-C or SIGTERM.
    Interrupted(crate::import::stop::Caught),
}

impl Stop {
    /// The reason of every row not sent.
    pub fn not_sent(&self) -> String {
        match self {
            Stop::Failed(err) | Stop::Unreadable(err) => format!(
                "NOT_SENT: stopped after an earlier error: {}",
                crate::output::sanitize(&format!("{err:#}"))
            ),
            Stop::Told { message, .. } => {
                format!("NOT_SENT: stopped after an earlier error: {message}")
            }
            Stop::Interrupted(_) => "NOT_SENT: interrupted before it was sent".into(),
        }
    }
}

impl Stop {
    /// The summary is written; what the run ends with: the error, or the exit status.
    /// `stopped` is said before an error; `interrupted` after Ctrl-C or SIGTERM.
    pub fn exit(
        stop: Option<Stop>,
        rejected: u64,
        printer: &crate::printer::Printer,
        stopped: Option<&str>,
        interrupted: &str,
    ) -> anyhow::Result<ExitStatus> {
        match stop {
            Some(Stop::Failed(err) | Stop::Unreadable(err)) => {
                if let Some(note) = stopped {
                    printer.warn(note);
                }
                Err(err)
            }
            Some(Stop::Told { message, hint }) => {
                printer.error(&message);
                printer.hint(&hint);
                Ok(ExitStatus::Failure)
            }
            Some(Stop::Interrupted(caught)) => {
                printer.info(interrupted);
                Ok(caught.exit_status())
            }
            None if rejected > 0 => Ok(ExitStatus::Partial),
            None => Ok(ExitStatus::Success),
        }
    }
}

/// Why a row was not upserted, as the failed file's `reason` says it.
fn server_reason(err: &ApiError) -> String {
    match err {
        ApiError::Status { .. } | ApiError::NotJson { .. } if !err.retryable() => {
            format!("REJECTED: {err}")
        }
        _ => format!("NOT_SENT: {err}"),
    }
}

/// How many refusals with one message, before any lead is upserted, stop a run.
const FIRST_REFUSALS: u32 = 20;

/// When an answer stops the run (issue 12: "a refusal of the request is not a refusal of
/// rows"): the credential refused (401/403, or the documented bad-token answer), an answer
/// that does not acknowledge the request, a server down past the retries, or the first
/// [`FIRST_REFUSALS`] answers all refusing with one message.
pub struct Policy {
    /// A row was done, or two refusals differed: the refusals are about rows.
    settled: bool,
    /// The one message of the refusals so far, and how many.
    refusals: Option<(String, u32)>,
    words: Words,
}

/// How a command's reasons name what it sends, and the credential it sends it with.
pub struct Words {
    /// The rows, in the plural: `leads`.
    pub rows: &'static str,
    /// What is done to a row: `upserted`.
    pub done: &'static str,
    /// What bp cannot tell after an answer without success: `the lead was upserted`.
    pub unknown: &'static str,
    /// What to fix when every row is refused alike: `--bot-id, --customer-id`.
    pub shared: &'static str,
    /// The credential a bad-token answer refuses.
    pub credential: crate::secret::SecretKind,
}

/// A lead upsert's (`leads upsert --from`).
impl Default for Policy {
    fn default() -> Self {
        Policy::new(Words {
            rows: "leads",
            done: "upserted",
            unknown: "the lead was upserted",
            shared: "a column, --bot-id, --customer-id or the profile",
            credential: crate::secret::SecretKind::BotToken,
        })
    }
}

/// What an answer means for its row.
pub enum Verdict {
    Done,
    /// Into the failed file with this reason; the run stops too if `stop` says so.
    Failed {
        reason: String,
        stop: Option<Stop>,
    },
}

impl Policy {
    pub fn new(words: Words) -> Policy {
        Policy {
            settled: false,
            refusals: None,
            words,
        }
    }

    /// `scrub` takes the credentials out of what the server said.
    pub fn judge(
        &mut self,
        result: Result<Value, ApiError>,
        scrub: impl Fn(&str) -> String,
    ) -> Verdict {
        let err = match result {
            Ok(body) if crate::api::acknowledged(&body) => {
                self.settled = true;
                return Verdict::Done;
            }
            Ok(body) => {
                let (reason, stop) =
                    not_acknowledged(&scrub(&snippet(&body, 120)), self.words.unknown);
                return Verdict::Failed {
                    reason,
                    stop: Some(stop),
                };
            }
            Err(err) => err,
        };
        let reason = server_reason(&err);
        let stop = if err.is_bad_token() {
            // The documented bad-token answer is a 400, but it refuses the credential.
            let credential = Some(self.words.credential);
            Some(Stop::Failed(err.into_refused(credential).into()))
        } else if err.retryable()
            || matches!(
                err,
                ApiError::Unauthorized { .. } | ApiError::RetryAfterTooLong(_)
            )
        {
            Some(Stop::Failed(err.into()))
        } else if reason.starts_with("REJECTED: ") && self.all_refused(&err.to_string()) {
            let Words {
                rows, done, shared, ..
            } = self.words;
            Some(Stop::Told {
                message: format!(
                    "stopped: the first {FIRST_REFUSALS} {rows} sent were all refused with the same answer, none {done}: {err}"
                ),
                hint: format!(
                    "an answer every one of the {rows} gets is about what they share: fix what it names ({shared}), then run the failed file again"
                ),
            })
        } else {
            None
        };
        Verdict::Failed { reason, stop }
    }

    /// Counts a refusal; whether the first answers were all this one.
    fn all_refused(&mut self, message: &str) -> bool {
        if self.settled {
            return false;
        }
        let (first, count) = self
            .refusals
            .get_or_insert_with(|| (message.to_string(), 0));
        if first != message {
            self.settled = true;
            return false;
        }
        *count += 1;
        *count >= FIRST_REFUSALS
    }
}

/// A success status whose body (`snippet`, scrubbed) does not say success: the server does
/// not speak as bp expects, so nothing more is sent. The reason of the rows it answered
/// for, and the stop; `done` is what bp cannot tell (`the lead was upserted`).
pub fn not_acknowledged(snippet: &str, done: &str) -> (String, Stop) {
    let said = format!("the server answered without saying success: {snippet}");
    let stop = Stop::Told {
        message: format!("stopped: {said}; bp cannot tell whether {done}"),
        hint: "bp counts a request as done only on `\"success\": true` or `\"status\": \"success\"`; check base_url: another server, or a proxy, may be answering".into(),
    };
    (format!("NOT_ACKNOWLEDGED: {said}"), stop)
}

/// The start of an answer's body (its first `chars` characters), for a reason: in
/// backquotes, or "an empty body".
pub fn snippet(body: &Value, chars: usize) -> String {
    if body.is_null() {
        return "an empty body".into();
    }
    let text = crate::output::sanitize(&body.to_string());
    match text.char_indices().nth(chars) {
        Some((at, _)) => format!("`{}…`", &text[..at]),
        None => format!("`{text}`"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refusal(message: &str) -> Result<Value, ApiError> {
        Err(ApiError::Status {
            status: 400,
            message: message.into(),
            retry_after: None,
        })
    }

    /// Whether the answers, judged in order, stop the run at the last one (and not before).
    fn stops_at_last(answers: Vec<Result<Value, ApiError>>) -> bool {
        let mut policy = Policy::default();
        let n = answers.len();
        for (i, answer) in answers.into_iter().enumerate() {
            let stop = match policy.judge(answer, str::to_string) {
                Verdict::Done => false,
                Verdict::Failed { stop, .. } => stop.is_some(),
            };
            if stop {
                return i + 1 == n;
            }
        }
        false
    }

    #[test]
    fn only_twenty_first_refusals_with_one_message_stop() {
        let same = || (0..FIRST_REFUSALS).map(|_| refusal("botId is required"));
        assert!(stops_at_last(same().collect()));
        let upsert_first = std::iter::once(Ok(serde_json::json!({"success": true})));
        assert!(!stops_at_last(upsert_first.chain(same()).collect()));
        let other_first = std::iter::once(refusal("name is required"));
        assert!(!stops_at_last(other_first.chain(same()).collect()));
    }

    #[test]
    fn an_answer_without_success_stops_at_once() {
        for body in [
            Value::Null,
            serde_json::json!({}),
            serde_json::json!({"ok": 1}),
        ] {
            assert!(stops_at_last(vec![Ok(body)]));
        }
        assert_eq!(snippet(&Value::Null, 120), "an empty body");
        assert!(snippet(&Value::from("x".repeat(300)), 120).ends_with("…`"));
    }
}
