//! [`OnePerKey`]: rows that change the same record go out one at a time, in file order.

use std::collections::{HashSet, VecDeque};

/// One request in flight per key: a row whose key is being sent waits, in file order, until
/// the server has answered the one before. Rows of different keys go out together.
pub struct OnePerKey<T> {
    busy: HashSet<String>,
    waiting: VecDeque<(String, T)>,
}

impl<T> Default for OnePerKey<T> {
    fn default() -> Self {
        OnePerKey {
            busy: HashSet::new(),
            waiting: VecDeque::new(),
        }
    }
}

impl<T> OnePerKey<T> {
    /// The row, if its key is free (now taken); else it waits and `None`.
    pub fn admit(&mut self, key: &str, row: T) -> Option<T> {
        if self.busy.insert(key.to_owned()) {
            Some(row)
        } else {
            self.waiting.push_back((key.to_owned(), row));
            None
        }
    }

    /// The request for `key` was answered: the next row of that key, if one waits (the key
    /// stays taken for it).
    pub fn release(&mut self, key: &str) -> Option<T> {
        match self.waiting.iter().position(|(k, _)| k == key) {
            Some(at) => self.waiting.remove(at).map(|(_, row)| row),
            None => {
                self.busy.remove(key);
                None
            }
        }
    }

    /// How many rows wait for their key.
    pub fn waiting(&self) -> usize {
        self.waiting.len()
    }

    /// The rows still waiting, in file order (after a stop).
    pub fn take_waiting(&mut self) -> impl Iterator<Item = T> + use<T> {
        std::mem::take(&mut self.waiting)
            .into_iter()
            .map(|(_, row)| row)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_of_one_key_go_one_at_a_time_in_order() {
        let mut keys = OnePerKey::default();
        assert_eq!(keys.admit("a", 1), Some(1));
        assert!(keys.admit("a", 2).is_none());
        assert_eq!(keys.admit("b", 3), Some(3));
        assert!(keys.admit("a", 4).is_none());
        assert_eq!(keys.waiting(), 2);
        assert!(keys.release("b").is_none());
        assert_eq!(keys.admit("b", 5), Some(5));
        assert_eq!(keys.release("a"), Some(2));
        assert_eq!(keys.release("a"), Some(4));
        assert!(keys.release("a").is_none());
        assert_eq!(keys.admit("a", 6), Some(6));
        assert!(keys.admit("a", 7).is_none());
        assert_eq!(keys.take_waiting().collect::<Vec<_>>(), vec![7]);
    }
}
