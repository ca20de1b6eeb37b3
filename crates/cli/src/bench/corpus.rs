//! A corpus of any size made on the fly from the seed dispatches.
//!
//! Documents are the seeds themselves and pairs of seeds joined the way
//! agencies concatenate articles in one input (a signature, then another
//! story). Nothing is kept: each document is built when asked for.

use crate::inputs::Job;

/// The seed dispatches, embedded.
const SEEDS: [&str; 5] = [
    include_str!("../../../../fixtures/seeds/000_ce7cb7c1a078b6f9.txt"),
    include_str!("../../../../fixtures/seeds/001_a1c08a7234309de3.txt"),
    include_str!("../../../../fixtures/seeds/002_736024ccf3c9f9dd.txt"),
    include_str!("../../../../fixtures/seeds/003_937202ceb36cd35a.txt"),
    include_str!("../../../../fixtures/seeds/004_e52cb4cd3b8fc08c.txt"),
];

/// Generated documents until `total_bytes` have been produced.
#[derive(Debug, Clone)]
pub struct Generated {
    total_bytes: u64,
    produced: u64,
    index: usize,
}

impl Generated {
    /// A corpus of at least `total_bytes` (the last document may run over).
    pub fn new(total_bytes: u64) -> Generated {
        Generated {
            total_bytes,
            produced: 0,
            index: 0,
        }
    }

    /// The `i`-th document: every third one is two seeds joined.
    fn document(i: usize) -> String {
        let n = SEEDS.len();
        let first = SEEDS.get(i % n).copied().unwrap_or_default();
        if i % 3 == 2 {
            let second = SEEDS.get((i / 3 + 1) % n).copied().unwrap_or_default();
            let mut doc = String::with_capacity(first.len() + second.len() + 1);
            doc.push_str(first.trim_end());
            doc.push('\n');
            doc.push_str(second);
            doc
        } else {
            first.to_string()
        }
    }
}

impl Iterator for Generated {
    type Item = Job;

    fn next(&mut self) -> Option<Job> {
        if self.produced >= self.total_bytes {
            return None;
        }
        let doc = Generated::document(self.index);
        self.produced += doc.len() as u64;
        let job = Job::Bytes {
            source: format!("generated/{:07}.txt", self.index),
            bytes: doc.into_bytes(),
        };
        self.index += 1;
        Some(job)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn produces_about_the_requested_size() {
        let total: usize = Generated::new(100_000)
            .map(|j| match j {
                Job::Bytes { bytes, .. } => bytes.len(),
                _ => 0,
            })
            .sum();
        assert!(total >= 100_000);
        assert!(total < 100_000 + 10_000);
    }

    #[test]
    fn documents_are_seeds_and_pairs_of_seeds() {
        let docs: Vec<Job> = Generated::new(60_000).take(6).collect();
        let sources: Vec<&str> = docs.iter().map(Job::source).collect();
        assert_eq!(sources[0], "generated/0000000.txt");
        let Some(Job::Bytes { bytes, .. }) = docs.get(2) else {
            panic!("generated documents are bytes");
        };
        let text = std::str::from_utf8(bytes).expect("utf-8");
        assert!(text.starts_with(SEEDS[2].trim_end()));
        assert!(text.ends_with(SEEDS[1]));
        assert!(SEEDS.iter().all(|s| !s.is_empty()));
    }
}
