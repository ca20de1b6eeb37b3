//! Per-thread memos for the pure, string-keyed computations detection repeats
//! across documents (a dispatch archive names the same people and places
//! thousands of times; their keys never change).
//!
//! Each memo is bounded: when it holds [`CAPACITY`] entries it is emptied and
//! starts again, so memory stays flat on any input while the common names stay
//! warm.

use crate::hash::Map;
use std::cell::RefCell;
use std::thread::LocalKey;

/// Entries a memo holds before it is emptied.
pub(crate) const CAPACITY: usize = 1 << 15;

/// A bounded map from input text to a computed value.
pub(crate) type Memo<V> = RefCell<Map<Box<str>, V>>;

/// The value of `compute(input)`, from `memo` when it was computed before on
/// this thread.
pub(crate) fn remembered<V: Clone + 'static>(
    memo: &'static LocalKey<Memo<V>>,
    input: &str,
    compute: impl FnOnce(&str) -> V,
) -> V {
    if let Some(v) = memo.with(|m| m.borrow().get(input).cloned()) {
        return v;
    }
    let v = compute(input);
    memo.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() >= CAPACITY {
            m.clear();
        }
        m.insert(input.into(), v.clone());
    });
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    thread_local! {
        static LENGTHS: Memo<usize> = RefCell::new(Map::default());
    }

    #[test]
    fn computes_once_and_stays_bounded() {
        let mut calls = 0;
        for _ in 0..3 {
            let n = remembered(&LENGTHS, "Astana", |s| {
                calls += 1;
                s.len()
            });
            assert_eq!(n, 6);
        }
        assert_eq!(calls, 1);
        for i in 0..CAPACITY + 10 {
            remembered(&LENGTHS, &i.to_string(), str::len);
        }
        assert!(LENGTHS.with(|m| m.borrow().len()) <= CAPACITY);
    }
}
