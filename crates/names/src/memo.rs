//! Per-thread memos for the pure, string-keyed computations detection repeats
//! across documents (a dispatch archive names the same people and places
//! thousands of times; their keys never change).
//!
//! Each memo is bounded: when it holds [`CAPACITY`] entries it is emptied and
//! starts again, so memory stays flat on any input while the common names stay
//! warm.

use crate::hash::Map;
use std::cell::RefCell;
use std::sync::{Arc, Mutex};
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

/// One shared copy of `text`: the strings a mention carries (an entity's
/// id, its canonical name, a country code, a title, a key) come back
/// thousands of times in an archive, and every mention, actor candidate
/// and event that carries one holds the same allocation instead of a copy
/// of its own. The table is per thread and bounded like the memos (it is
/// emptied when full, so two calls give one allocation only while it was
/// not emptied between them); a string it no longer holds is simply
/// allocated again.
///
/// ```
/// let a = depeche_names::shared("KAZ");
/// let b = depeche_names::shared("KAZ");
/// assert!(std::sync::Arc::ptr_eq(&a, &b));
/// assert_eq!(&*a, "KAZ");
/// ```
pub fn shared(text: &str) -> Arc<str> {
    thread_local! {
        static SHARED: Memo<Arc<str>> = Memo::default();
    }
    remembered(&SHARED, text, |t: &str| Arc::from(t))
}

/// A bounded map from input text to a computed value, shared by the threads
/// that use one registry: for computations that depend on the registry's
/// entries, kept in its index so that a rebuilt index starts empty.
#[derive(Default)]
pub(crate) struct Shared<V>(Mutex<Map<Box<str>, V>>);

impl<V: Clone> Shared<V> {
    /// The value of `compute()` for `input`, from the memo when it was
    /// computed before. The lock is not held while computing.
    pub(crate) fn get_or(&self, input: &str, compute: impl FnOnce() -> V) -> V {
        let known = self.0.lock().ok().and_then(|m| m.get(input).cloned());
        if let Some(v) = known {
            return v;
        }
        let v = compute();
        // A poisoned lock only costs the memo.
        if let Ok(mut m) = self.0.lock() {
            if m.len() >= CAPACITY {
                m.clear();
            }
            m.insert(input.into(), v.clone());
        }
        v
    }
}

impl<V: Clone> Clone for Shared<V> {
    fn clone(&self) -> Self {
        let entries = self.0.lock().map(|m| m.clone()).unwrap_or_default();
        Shared(Mutex::new(entries))
    }
}

impl<V> std::fmt::Debug for Shared<V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let len = self.0.lock().map(|m| m.len()).unwrap_or(0);
        write!(f, "Shared({len} entries)")
    }
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

    #[test]
    fn shared_memo_computes_once_and_clones_its_entries() {
        let memo: Shared<usize> = Shared::default();
        let mut calls = 0;
        for _ in 0..3 {
            let n = memo.get_or("Astana", || {
                calls += 1;
                6
            });
            assert_eq!(n, 6);
        }
        assert_eq!(calls, 1);
        let copy = memo.clone();
        assert_eq!(copy.get_or("Astana", || 0), 6);
        for i in 0..CAPACITY + 10 {
            memo.get_or(&i.to_string(), || i);
        }
        assert!(memo.0.lock().unwrap().len() <= CAPACITY);
    }
}
