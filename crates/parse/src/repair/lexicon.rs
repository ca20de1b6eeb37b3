//! Word knowledge for glue repair: the embedded French word list, the short
//! words allowed as split parts, and the prefixes never split after.
//!
//! Words are stored as 64-bit hashes of their folded form (lowercase, `œ`
//! spelled `oe`, straight apostrophe) in an open-addressing table, so a
//! lookup costs one hash and, nearly always, one cache line. The word list
//! leaves out forms that `Lexicon::is_word` re-derives (plural `-s`/`-x`,
//! feminine `-e`/`-es`, `-aient` from `-ait`, `-ent` from `-e`, `-ront`
//! from `-ra`), which keeps the embedded file under 1 MB.

use crate::data;
use std::sync::OnceLock;

/// Longest folded word, in bytes, that is looked up at all.
pub(crate) const MAX_WORD_BYTES: usize = 48;

/// Suffix rules the lookup applies when a form is not stored itself. The
/// first seven are the ones the word list was compacted with; the others
/// add regular derivations the list lacks (`multimodaux`,
/// `multilatéralisme`, `transfrontalière`).
const RULES: [(&[u8], &[u8]); 11] = [
    (b"es", b""),
    (b"s", b""),
    (b"x", b""),
    (b"e", b""),
    (b"aient", b"ait"),
    (b"ent", b"e"),
    (b"ront", b"ra"),
    (b"aux", b"al"),
    ("ière".as_bytes(), b"ier"),
    (b"isme", b""),
    (b"iste", b""),
];

/// A set of folded words, stored by hash.
struct WordSet {
    slots: Vec<u64>,
    mask: usize,
}

impl WordSet {
    fn new<'a>(words: impl Iterator<Item = &'a str>) -> WordSet {
        let mut keys: Vec<u64> = Vec::new();
        let mut buf = Vec::new();
        for w in words {
            fold_into(w, &mut buf);
            keys.push(key(&buf));
        }
        let capacity = (keys.len() * 2).next_power_of_two().max(16);
        let mut set = WordSet {
            slots: vec![0; capacity],
            mask: capacity - 1,
        };
        for k in keys {
            set.insert(k);
        }
        set
    }

    fn insert(&mut self, k: u64) {
        let mut i = (k as usize) & self.mask;
        loop {
            match self.slots.get_mut(i) {
                Some(slot) if *slot == 0 => {
                    *slot = k;
                    return;
                }
                Some(slot) if *slot == k => return,
                Some(_) => i = (i + 1) & self.mask,
                None => return,
            }
        }
    }

    fn contains(&self, k: u64) -> bool {
        let mut i = (k as usize) & self.mask;
        loop {
            match self.slots.get(i) {
                Some(&0) | None => return false,
                Some(&s) if s == k => return true,
                Some(_) => i = (i + 1) & self.mask,
            }
        }
    }
}

/// FNV-1a over the folded bytes, then a finalizer so that the low bits used
/// for the table index are well mixed. Never 0 (0 marks an empty slot).
pub(crate) fn key(folded: &[u8]) -> u64 {
    let mut k = KeyBuilder::new();
    for &b in folded {
        k.push(b);
    }
    k.finish()
}

/// A [`key`] computed as the folded bytes come, for a reader that folds a
/// word as it goes.
#[derive(Debug, Clone, Copy)]
pub(crate) struct KeyBuilder(u64);

impl KeyBuilder {
    pub(crate) const fn new() -> Self {
        KeyBuilder(0xcbf2_9ce4_8422_2325)
    }

    /// The next folded byte.
    #[inline]
    pub(crate) fn push(&mut self, b: u8) {
        self.0 ^= u64::from(b);
        self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
    }

    /// The key of the bytes pushed.
    #[inline]
    pub(crate) fn finish(self) -> u64 {
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h.max(1)
    }
}

/// Appends the folded form of `s` to `out` (cleared first): lowercase,
/// `œ`/`æ` spelled out, typographic apostrophes made straight.
pub(crate) fn fold_into(s: &str, out: &mut Vec<u8>) {
    out.clear();
    if s.is_ascii() {
        // The common case, byte by byte (typographic apostrophes and
        // ligatures are not ASCII).
        out.extend(s.bytes().map(|b| b.to_ascii_lowercase()));
        return;
    }
    for c in s.chars() {
        fold_char(c, out);
    }
}

/// `c` in UTF-8 onto `out`.
fn push_char(c: char, out: &mut Vec<u8>) {
    let mut tmp = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut tmp).as_bytes());
}

/// Appends the folded form of one character.
pub(crate) fn fold_char(c: char, out: &mut Vec<u8>) {
    match c {
        'A'..='Z' => out.push(c.to_ascii_lowercase() as u8),
        'a'..='z' | '\'' | '-' => out.push(c as u8),
        'œ' | 'Œ' => out.extend_from_slice(b"oe"),
        'æ' | 'Æ' => out.extend_from_slice(b"ae"),
        '\u{2019}' | '\u{2018}' | '\u{02bc}' => out.push(b'\''),
        // Latin-1 letters, a third of the word list's words: lowercase ones
        // stay, capitals are 0x20 below theirs; no case table to search.
        'ß'..='ÿ' if c != '÷' => push_char(c, out),
        'À'..='Þ' if c != '×' => push_char(char::from_u32(c as u32 + 0x20).unwrap_or(c), out),
        _ => c.to_lowercase().for_each(|l| push_char(l, out)),
    }
}

/// `word` without `suffix`, if it ends with it. The suffixes are a few
/// bytes long: compared from the end, byte by byte, most fail at the first
/// (a library comparison would be a call for each).
fn strip_suffix<'w>(word: &'w [u8], suffix: &[u8]) -> Option<&'w [u8]> {
    let stem = word.len().checked_sub(suffix.len())?;
    let tail = word.get(stem..)?;
    tail.iter()
        .rev()
        .zip(suffix.iter().rev())
        .all(|(a, b)| a == b)
        .then(|| word.get(..stem))
        .flatten()
}

/// Short words and their weights, stored by hash like [`WordSet`].
struct WeightMap {
    slots: Vec<(u64, u8)>,
    mask: usize,
}

impl WeightMap {
    fn new(entries: &[(u64, u8)]) -> WeightMap {
        let capacity = (entries.len() * 4).next_power_of_two().max(16);
        let mut map = WeightMap {
            slots: vec![(0, 0); capacity],
            mask: capacity - 1,
        };
        for &(k, w) in entries {
            let mut i = (k as usize) & map.mask;
            while let Some(slot) = map.slots.get_mut(i) {
                // Keys are distinct; a repeated one would keep its first weight.
                if slot.0 == 0 {
                    *slot = (k, w);
                    break;
                }
                if slot.0 == k {
                    break;
                }
                i = (i + 1) & map.mask;
            }
        }
        map
    }

    fn get(&self, k: u64) -> Option<u8> {
        let mut i = (k as usize) & self.mask;
        loop {
            match self.slots.get(i) {
                Some(&(0, _)) | None => return None,
                Some(&(s, w)) if s == k => return Some(w),
                Some(_) => i = (i + 1) & self.mask,
            }
        }
    }
}

/// The word knowledge used to judge glued-word splits.
pub(crate) struct Lexicon {
    words: WordSet,
    short: WeightMap,
    prefixes: WordSet,
    bigrams: WordSet,
}

impl Lexicon {
    /// The embedded lexicon, built on first use.
    pub(crate) fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(|| {
            let words =
                data::first_column(data::WORDS_FR).chain(data::first_column(data::WORDS_EXTRA));
            let mut buf = Vec::new();
            let mut short: Vec<(u64, u8)> = data::rows(data::SHORT_WORDS)
                .filter_map(|r| {
                    let w = r.first()?;
                    let weight = r.get(1)?.parse().ok()?;
                    fold_into(w, &mut buf);
                    Some((key(&buf), weight))
                })
                .collect();
            short.sort_unstable();
            Lexicon {
                words: WordSet::new(words),
                short: WeightMap::new(&short),
                prefixes: WordSet::new(data::first_column(data::PREFIXES)),
                bigrams: WordSet::new(data::first_column(data::BIGRAMS)),
            }
        })
    }

    /// Whether the folded form is a French word: stored, or derived in one
    /// step by a suffix rule from a stored word (one step only, so that
    /// `japonaisse` is not `japonais` + `s` + `e`).
    pub(crate) fn is_word(&self, folded: &[u8]) -> bool {
        self.is_word_key(folded, key(folded))
    }

    /// [`Lexicon::is_word`] of a folded form whose [`key`] is `k`.
    pub(crate) fn is_word_key(&self, folded: &[u8], k: u64) -> bool {
        if folded.len() > MAX_WORD_BYTES {
            return false;
        }
        if self.words.contains(k) {
            return true;
        }
        let mut buf = [0u8; MAX_WORD_BYTES];
        RULES.iter().any(|(suffix, replacement)| {
            let Some(stem) = strip_suffix(folded, suffix) else {
                return false;
            };
            if stem.len() < 2 {
                return false;
            }
            let Some(dst) = buf.get_mut(..stem.len() + replacement.len()) else {
                return false;
            };
            if let Some(head) = dst.get_mut(..stem.len()) {
                head.copy_from_slice(stem);
            }
            if let Some(tail) = dst.get_mut(stem.len()..) {
                tail.copy_from_slice(replacement);
            }
            self.words.contains(key(dst))
        })
    }

    /// Whether the folded form is in the word list itself (not derived).
    pub(crate) fn is_stored_key(&self, k: u64) -> bool {
        self.words.contains(k)
    }

    /// The weight (1–9) of a short word allowed as a split part, if listed.
    pub(crate) fn short_weight(&self, folded: &[u8]) -> Option<u8> {
        self.short_weight_key(key(folded))
    }

    /// [`Lexicon::short_weight`] of a folded form given by its [`key`].
    pub(crate) fn short_weight_key(&self, k: u64) -> Option<u8> {
        self.short.get(k)
    }

    /// Whether two folded words make a frequent pair (`ils ont`).
    pub(crate) fn is_bigram(&self, left: &[u8], right: &[u8]) -> bool {
        // Both sides are parts of one run of at most MAX_WORD_BYTES bytes,
        // which folding seldom lengthens: the pair fits on the stack.
        let mut stack = [0u8; 2 * MAX_WORD_BYTES + 1];
        let mut heap = Vec::new();
        let len = left.len() + right.len() + 1;
        let dst = match stack.get_mut(..len) {
            Some(dst) => dst,
            None => {
                heap.resize(len, 0);
                heap.as_mut_slice()
            }
        };
        let (head, tail) = dst.split_at_mut(left.len());
        head.copy_from_slice(left);
        if let Some((space, rest)) = tail.split_first_mut() {
            *space = b' ';
            rest.copy_from_slice(right);
        }
        self.bigrams.contains(key(dst))
    }

    /// Whether the folded form is a word-forming prefix (`inter`, `vidéo`).
    #[cfg(test)]
    pub(crate) fn is_prefix(&self, folded: &[u8]) -> bool {
        self.is_prefix_key(key(folded))
    }

    /// Whether the folded form whose [`key`] is `k` is a word-forming prefix
    /// (`inter`, `vidéo`).
    pub(crate) fn is_prefix_key(&self, k: u64) -> bool {
        self.prefixes.contains(k)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(s: &str) -> bool {
        let mut b = Vec::new();
        fold_into(s, &mut b);
        Lexicon::get().is_word(&b)
    }

    #[test]
    fn stored_and_derived_forms_are_words() {
        for w in [
            "coopération",
            "relations",
            "Relations",
            "multiforme",
            "renforcer",
            "prenait",
            "traditionnels",
            "demandé",
            "demandées",
            "œuvre",
            "ŒUVRE",
            "renforcent",
            "renforceraient",
        ] {
            assert!(word(w), "{w}");
        }
    }

    #[test]
    fn glued_pairs_are_not_words() {
        for w in [
            "coopérationmultiforme",
            "derenforcer",
            "demandéaux",
            "dela",
            "lesdeux",
        ] {
            assert!(!word(w), "{w}");
        }
    }

    #[test]
    fn short_words_and_prefixes() {
        let lex = Lexicon::get();
        assert_eq!(lex.short_weight("à".as_bytes()), Some(9));
        assert_eq!(lex.short_weight(b"tan"), None);
        assert!(lex.is_prefix(b"inter") && !lex.is_prefix(b"visite"));
    }
}
