//! Any bytes, read as CSV, JSON and NDJSON, and every row checked as a contact: errors and
//! rejected rows are fine; a panic, a hang or a row lost between reader and summary is not.
#![no_main]

use bp::import::contact::{Defaults, prepare};
use bp::import::{Format, Reader, Row};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let defaults = Defaults::default();
    for format in [Format::Csv, Format::Json, Format::Ndjson] {
        let Ok(reader) = Reader::new(Box::new(std::io::Cursor::new(data.to_vec())), format) else {
            continue;
        };
        let mut last = 0;
        for row in reader.take(10_000) {
            match row {
                Ok(Row::Ok(record)) => {
                    assert!(record.row > last, "row numbers go up");
                    last = record.row;
                    let _ = prepare(&record, &defaults, None);
                }
                Ok(Row::Bad { row, .. }) => {
                    assert!(row > last, "row numbers go up");
                    last = row;
                }
                Err(_) => break,
            }
        }
    }
});
