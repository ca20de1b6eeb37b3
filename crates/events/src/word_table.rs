//! Small sets of folded words, looked up by a word's length and first and
//! last bytes instead of a hash of the whole word.
//!
//! The scans for candidates (openers, determiners, role words, group
//! heads), honours, status cues and speech verbs ask of nearly every token
//! whether it is one of a few dozen words; most tokens
//! share neither length, first letter nor last letter with any of them, and
//! one look at a table entry says so.

/// Length classes times first-byte classes.
const SLOTS: usize = 16 * 32;

/// The table entry of a word of `len` bytes opening with `first`: words of
/// lengths 16 apart, or of first bytes 32 apart (never two ASCII letters
/// folded to lowercase), share one and are told apart by comparison.
fn slot(len: usize, first: u8) -> usize {
    ((len & 15) << 5) | usize::from(first & 31)
}

/// The bit of an entry's mask standing for words ending with `last`.
fn last_bit(last: u8) -> u32 {
    1 << (last & 31)
}

/// One entry of the table.
#[derive(Clone, Copy, Default)]
struct Entry {
    /// The bits of the last bytes its words end with: a word ending
    /// otherwise is none of them, with no comparison.
    lasts: u32,
    /// Where its words start in [`WordTable::words`]; the next entry's
    /// start ends them.
    start: u32,
}

/// A set of words. Membership is exact: the table only narrows the
/// comparison to the words of the same entry.
pub(crate) struct WordTable {
    /// The words, grouped by entry.
    words: Vec<&'static [u8]>,
    entries: Box<[Entry; SLOTS + 1]>,
}

impl WordTable {
    /// The set of `words` (repeats are kept once).
    pub(crate) fn new(words: impl IntoIterator<Item = &'static str>) -> Self {
        let mut keyed: Vec<(usize, &'static [u8])> = words
            .into_iter()
            .map(|w| (slot(w.len(), w.bytes().next().unwrap_or(0)), w.as_bytes()))
            .collect();
        keyed.sort_unstable();
        keyed.dedup();
        let mut entries = Box::new([Entry::default(); SLOTS + 1]);
        for (k, entry) in entries.iter_mut().enumerate() {
            let before = keyed.partition_point(|&(s, _)| s < k);
            // Sets of more than four billion words are not small ones.
            entry.start = u32::try_from(before).unwrap_or(u32::MAX);
            for &(_, w) in keyed.iter().skip(before).take_while(|&&(s, _)| s == k) {
                entry.lasts |= last_bit(w.last().copied().unwrap_or(0));
            }
        }
        WordTable {
            words: keyed.into_iter().map(|(_, w)| w).collect(),
            entries,
        }
    }

    /// Whether `word` is in the set.
    #[inline]
    pub(crate) fn contains(&self, word: &[u8]) -> bool {
        let k = slot(word.len(), word.first().copied().unwrap_or(0));
        let (Some(entry), Some(next)) = (self.entries.get(k), self.entries.get(k + 1)) else {
            return false;
        };
        entry.lasts & last_bit(word.last().copied().unwrap_or(0)) != 0
            && self
                .words
                .get(entry.start as usize..next.start as usize)
                .unwrap_or_default()
                .contains(&word)
    }
}

/// The phrases of the first column of a two-column data file (none for a
/// file that does not read, as the lexicons read it).
pub(crate) fn first_column(file: crate::data::DataFile) -> Vec<&'static str> {
    let rows = file.pairs().unwrap_or_default();
    rows.into_iter().map(|(phrase, _)| phrase).collect()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use rustc_hash::FxHashSet;

    /// French dispatch prose of many shapes — roles, orders, groups,
    /// pronouns, elisions, accents, numbers and punctuation — for checking
    /// fast ways against the general ones.
    pub(crate) const VARIED_TEXT: &str = "\
Le président kazakh Kassym-Jomart Tokaïev a reçu mardi à Astana le secrétaire \
général du Parti communiste du Vietnam, Tô Lâm, ainsi que son épouse et la \
délégation vietnamienne. Les deux dirigeants se sont entretenus des relations \
bilatérales ; ils ont aussi assisté à la remise de l'ordre Dostyk, la plus \
haute distinction du pays, au chef de l'État. Au cours de la rencontre, \
laquelle a duré deux heures, le ministre des Affaires étrangères Wang Yi et \
son homologue algérien Ahmed Attaf ont signé un accord. Il l'a remercié. \
Elle les recevra jeudi ; elles lui ont transmis un message. Le haut \
représentant de l'Union européenne, M. Josep Borrell, et les anciens \
ministres des deux pays ont rencontré des représentants des partis \
politiques, la communauté sénégalaise et les employés de l'ambassade. Le \
roi Mohammed VI a décerné le Ouissam Alaouite et la Légion d'honneur au \
président du Sénat Maulen Ashimbayev, le président du Mazhilis (Chambre \
basse), auprès du Premier ministre Olzhas Bektenov. Le vice-Premier ministre \
et ministre de la Défense, le chef du gouvernement Aziz Akhannouch, le chef \
de la diplomatie, la vice-présidente, l'ambassadrice de France au Cambodge \
et le Président de la République ont pris part, à 16 h 30, au sommet du \
G20 ; leur visite d'État, cette semaine, est la première. Les présidents \
participeront au dîner offert par le président de l'Assemblée nationale \
ivoirienne. Ses homologues russe, indien et brésilien étaient là, ce matin, \
avec cet envoyé spécial, une reine et un prince héritier. Lui a dit : « Nous \
sommes prêts. » Les chefs d'État, les dirigeants africains et les Premiers \
ministres ont salué l'élan de coopération. Grand-Croix de l'ordre national \
du Lion, médaille d'or, prix Lénine, doctorat honoris causa, clés de la \
ville de Hanoï. Đặng Thị Ngọc Thịnh, Nguyễn Phú Trọng et Œuvre ÉTÉ: été \
ÇA Ça ça. Quant à eux, ils y étaient ; l'un d'eux l'a dit, qu'il reviendrait.";

    /// The sentences of `text` as a dispatch of its own, analysed with the
    /// embedded registry.
    pub(crate) fn analysed(text: &str) -> crate::analysis::SegmentAnalysis {
        let input = format!("Dakar, 28 novembre 2014 (APS) - {text}\n");
        let Ok(document) = depeche_parse::parse(&input) else {
            panic!("unparsable test text");
        };
        let Some(dispatch) = document.segments.into_iter().next() else {
            panic!("no segment");
        };
        crate::analysis::SegmentAnalysis::new(
            &input,
            &dispatch,
            depeche_names::Registry::embedded(),
        )
    }

    /// Every token position of [`VARIED_TEXT`] followed by the sentences
    /// `more` (and one past each sentence's end), handed to `check` with
    /// its sentence.
    pub(crate) fn at_every_token(
        more: impl IntoIterator<Item = String>,
        mut check: impl FnMut(&crate::analysis::Sentence, usize),
    ) {
        let mut text = VARIED_TEXT.to_string();
        for sentence in more {
            text.push(' ');
            text.push_str(&sentence);
        }
        for sent in &analysed(&text).sentences {
            for i in 0..=sent.tokens.len() + 1 {
                check(sent, i);
            }
        }
    }

    /// A sentence naming each phrase of the first column of `file`.
    pub(crate) fn sentences_of(
        file: crate::data::DataFile,
        sentence: impl Fn(&str) -> String,
    ) -> Vec<String> {
        first_column(file).into_iter().map(sentence).collect()
    }

    /// Every folded word of [`VARIED_TEXT`].
    pub(crate) fn varied_words() -> Vec<String> {
        crate::tokens::tokenize(VARIED_TEXT)
            .words()
            .map(str::to_string)
            .collect()
    }

    /// `words`, and each with a letter more, a letter less, its first or
    /// last letter changed, and either 32 bytes apart: near misses of the
    /// set.
    pub(crate) fn with_near_misses(words: &[&str]) -> Vec<String> {
        let mut out = Vec::new();
        for w in words {
            out.push(w.to_string());
            out.push(format!("{w}s"));
            out.push(format!("x{w}"));
            let mut chars = w.chars();
            chars.next_back();
            out.push(chars.as_str().to_string());
            out.push(format!("{}z", chars.as_str()));
            out.push(format!(
                "{}{}",
                chars.as_str(),
                w.chars().last().unwrap_or('a').to_ascii_uppercase()
            ));
            let rest: String = w.chars().skip(1).collect();
            out.push(format!("z{rest}"));
            out.push(format!(
                "{}{rest}",
                w.chars().next().unwrap_or('a').to_ascii_uppercase()
            ));
            out.push(format!("{w}{}", "e".repeat(16)));
        }
        out
    }

    #[test]
    fn membership_is_the_sets() {
        let set: &[&'static str] = &[
            "le",
            "la",
            "l",
            "les",
            "deux",
            "a",
            "",
            "ministre",
            "ministres",
            "etat",
            "élan",
            "aaaaaaaaaaaaaaaaa",
            "A",
        ];
        let table = WordTable::new(set.iter().copied());
        let hashed: FxHashSet<&str> = set.iter().copied().collect();
        let mut tried = varied_words();
        tried.extend(with_near_misses(set));
        let mut hits = 0;
        for w in &tried {
            assert_eq!(
                table.contains(w.as_bytes()),
                hashed.contains(w.as_str()),
                "{w:?}"
            );
            hits += usize::from(hashed.contains(w.as_str()));
        }
        assert!(hits > set.len(), "the text holds words of the set");
    }
}
