//! The checking pass on every core: rows are read in order on the calling thread, a wave at a
//! time, while worker threads (one a core, for the whole pass) check the waves read before;
//! the verdicts are handed on in row order. Checking a phone number (libphonenumber's
//! regexes) is most of an import's CPU; reading a row is a small part of it, and overlaps
//! the checking.

use std::collections::BTreeMap;
use std::sync::{Mutex, mpsc};

use anyhow::Result;

use super::read::{Raw, Record, Row};

/// A row and what the check said of it.
pub enum Checked<T> {
    Record(Record, T),
    /// A row that could not be read as a record: its number, what it held, and why.
    Bad(u64, Raw, String),
}

/// Rows a worker checks at once: enough that handing a wave over costs nothing beside
/// checking it, few enough that the waves on their way hold a few megabytes at the most.
const WAVE: usize = 2048;

/// Waves read and not yet handed on, a worker: the readers' lead over the checkers.
const AHEAD: usize = 2;

/// Hands `each` every row of `rows` in order, a record with `check`'s verdict on it. A read
/// error ends the pass after the rows before it.
pub fn for_each_checked<T: Send>(
    rows: impl Iterator<Item = Result<Row>>,
    check: impl Fn(&Record) -> T + Sync,
    mut each: impl FnMut(Checked<T>) -> Result<()>,
) -> Result<()> {
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get().min(16));
    let mut rows = rows.fuse();
    if workers < 2 {
        return serial(rows, &check, &mut each);
    }
    let check = &check;
    let (to_check, waves) = mpsc::channel::<(u64, Vec<Row>)>();
    let waves = Mutex::new(waves);
    let waves = &waves;
    // Dropped (so the workers stop) when the closure ends, however it ends.
    std::thread::scope(move |scope| {
        let (to_hand_on, checked) = mpsc::channel();
        for _ in 0..workers {
            let to_hand_on = to_hand_on.clone();
            scope.spawn(move || {
                loop {
                    // The lock is held while waiting for a wave, not while checking it.
                    let next = waves.lock().map_or(None, |w| w.recv().ok());
                    let Some((n, wave)) = next else { return };
                    // A panic goes to the calling thread, which would otherwise wait for
                    // this wave for ever.
                    let verdicts = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        wave.iter().map(|r| verdict(r, check)).collect::<Vec<_>>()
                    }));
                    if to_hand_on.send((n, wave, verdicts)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(to_hand_on);
        let mut read = 0u64;
        let mut handed_on = 0u64;
        let mut waiting = BTreeMap::new();
        let mut failure = None;
        let mut ended = false;
        loop {
            while !ended && read - handed_on < (workers * AHEAD) as u64 {
                let (wave, error) = read_wave(&mut rows);
                ended = error.is_some() || wave.len() < WAVE;
                failure = error;
                if wave.is_empty() {
                    break;
                }
                // The workers outlive the sender: a send cannot fail while they run.
                let _ = to_check.send((read, wave));
                read += 1;
            }
            if handed_on == read {
                break;
            }
            let Ok((n, wave, verdicts)) = checked.recv() else {
                break;
            };
            let verdicts = verdicts.unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            waiting.insert(n, (wave, verdicts));
            while let Some((wave, verdicts)) = waiting.remove(&handed_on) {
                handed_on += 1;
                hand_on(wave.into_iter().zip(verdicts), &mut each)?;
            }
        }
        drop(to_check);
        failure.map_or(Ok(()), Err)
    })
}

/// The next wave of rows, and the read error that ended it, if one did.
fn read_wave(rows: &mut impl Iterator<Item = Result<Row>>) -> (Vec<Row>, Option<anyhow::Error>) {
    let mut wave = Vec::with_capacity(WAVE);
    for row in rows.by_ref() {
        match row {
            Ok(row) => wave.push(row),
            Err(e) => return (wave, Some(e)),
        }
        if wave.len() == WAVE {
            break;
        }
    }
    (wave, None)
}

fn verdict<T>(row: &Row, check: &impl Fn(&Record) -> T) -> Option<T> {
    match row {
        Row::Ok(record) => Some(check(record)),
        Row::Bad { .. } => None,
    }
}

/// Hands each row on with its verdict.
fn hand_on<T>(
    checked: impl IntoIterator<Item = (Row, Option<T>)>,
    each: &mut impl FnMut(Checked<T>) -> Result<()>,
) -> Result<()> {
    for (row, verdict) in checked {
        each(match (row, verdict) {
            (Row::Ok(record), Some(verdict)) => Checked::Record(record, verdict),
            (Row::Bad { row, raw, reason }, _) => Checked::Bad(row, raw, reason),
            (Row::Ok(_), None) => unreachable!("every record is checked"),
        })?;
    }
    Ok(())
}

/// One core: read, check and hand on, a row at a time.
fn serial<T>(
    rows: impl Iterator<Item = Result<Row>>,
    check: &impl Fn(&Record) -> T,
    each: &mut impl FnMut(Checked<T>) -> Result<()>,
) -> Result<()> {
    for row in rows {
        let row = row?;
        let verdict = verdict(&row, check);
        hand_on([(row, verdict)], each)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn record(row: u64) -> Row {
        Row::Ok(Record {
            row,
            fields: vec![("n".into(), Value::from(row))],
        })
    }

    #[test]
    fn every_row_comes_back_in_order_with_its_verdict() {
        let n = WAVE as u64 * 2 + 77;
        let rows = (1..=n).map(|i| {
            Ok(if i % 1000 == 0 {
                Row::Bad {
                    row: i,
                    raw: crate::import::Raw::Text(String::new()),
                    reason: "bad".into(),
                }
            } else {
                record(i)
            })
        });
        let mut seen = Vec::new();
        for_each_checked(
            rows,
            |r| r.row * 2,
            |checked| {
                let number = match checked {
                    Checked::Record(r, verdict) => {
                        assert_eq!(verdict, r.row * 2);
                        r.row
                    }
                    Checked::Bad(row, ..) => {
                        assert_eq!(row % 1000, 0);
                        row
                    }
                };
                seen.push(number);
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(seen, (1..=n).collect::<Vec<_>>());
    }

    #[test]
    fn an_error_handing_on_a_row_stops_the_pass_and_its_workers() {
        let n = WAVE as u64 * 20;
        let mut seen = 0u64;
        let err = for_each_checked(
            (1..=n).map(|i| Ok(record(i))),
            |r| r.row,
            |_| {
                seen += 1;
                if seen == 3000 {
                    anyhow::bail!("disk full");
                }
                Ok(())
            },
        )
        .unwrap_err();
        // Returned (the workers joined, none left waiting), after exactly the rows before.
        assert_eq!(err.to_string(), "disk full");
        assert_eq!(seen, 3000);
    }

    #[test]
    fn a_panic_checking_a_row_reaches_the_caller_instead_of_hanging() {
        let n = WAVE as u64 * 6;
        let pass = std::panic::catch_unwind(|| {
            for_each_checked(
                (1..=n).map(|i| Ok(record(i))),
                |r| assert_ne!(r.row, WAVE as u64 * 3 + 5, "a bug"),
                |_| Ok(()),
            )
        });
        assert!(pass.is_err());
    }

    #[test]
    fn a_read_error_ends_the_pass_after_the_rows_before_it() {
        let rows = (1..=10u64).map(|i| {
            if i == 6 {
                Err(anyhow::anyhow!("disk gone"))
            } else {
                Ok(record(i))
            }
        });
        let mut seen = Vec::new();
        let err = for_each_checked(
            rows,
            |_| (),
            |checked| {
                if let Checked::Record(r, ()) = checked {
                    seen.push(r.row);
                }
                Ok(())
            },
        )
        .unwrap_err();
        assert_eq!(err.to_string(), "disk gone");
        assert_eq!(seen, [1, 2, 3, 4, 5]);
    }
}
