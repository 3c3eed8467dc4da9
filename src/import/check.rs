//! The checking pass on every core: rows are read in order on the calling thread, a wave at a
//! time, and each wave's records are checked on as many threads as the machine has, then
//! handed on in row order. Checking a phone number (libphonenumber's regexes) is most of an
//! import's CPU; reading a row is a small part of it.

use anyhow::Result;

use super::read::{Raw, Record, Row};

/// A row and what the check said of it.
pub enum Checked<T> {
    Record(Record, T),
    /// A row that could not be read as a record: its number, what it held, and why.
    Bad(u64, Raw, String),
}

/// Rows read before they are checked at once: enough to keep every thread busy, few enough
/// that memory holds a few megabytes of rows at the most.
const WAVE: usize = 4096;

/// Below this, a wave is checked on the calling thread: threads would cost more than they save.
const ALONE: usize = 256;

/// Hands `each` every row of `rows` in order, a record with `check`'s verdict on it. A read
/// error ends the pass after the rows before it.
pub fn for_each_checked<T: Send>(
    rows: impl Iterator<Item = Result<Row>>,
    check: impl Fn(&Record) -> T + Sync,
    mut each: impl FnMut(Checked<T>) -> Result<()>,
) -> Result<()> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(16));
    let mut rows = rows.fuse();
    loop {
        let mut wave = Vec::with_capacity(WAVE);
        let mut failure = None;
        for row in rows.by_ref() {
            match row {
                Ok(row) => wave.push(row),
                Err(e) => {
                    failure = Some(e);
                    break;
                }
            }
            if wave.len() == WAVE {
                break;
            }
        }
        let last = wave.len() < WAVE;
        let verdicts = verdicts(&wave, &check, threads);
        for (row, verdict) in wave.into_iter().zip(verdicts) {
            each(match (row, verdict) {
                (Row::Ok(record), Some(verdict)) => Checked::Record(record, verdict),
                (Row::Bad { row, raw, reason }, _) => Checked::Bad(row, raw, reason),
                (Row::Ok(_), None) => unreachable!("every record is checked"),
            })?;
        }
        if let Some(e) = failure {
            return Err(e);
        }
        if last {
            return Ok(());
        }
    }
}

fn verdicts<T: Send>(
    wave: &[Row],
    check: &(impl Fn(&Record) -> T + Sync),
    threads: usize,
) -> Vec<Option<T>> {
    let one = |row: &Row| match row {
        Row::Ok(record) => Some(check(record)),
        Row::Bad { .. } => None,
    };
    if threads < 2 || wave.len() < ALONE {
        return wave.iter().map(one).collect();
    }
    std::thread::scope(|scope| {
        let parts: Vec<_> = wave
            .chunks(wave.len().div_ceil(threads))
            .map(|part| scope.spawn(move || part.iter().map(one).collect::<Vec<_>>()))
            .collect();
        parts
            .into_iter()
            .flat_map(|part| part.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    })
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
