//! Normalization keys: one string under which the spellings of one name meet.

use crate::fold::fold;
use crate::memo::{remembered, Memo};
use crate::translit::Translit;
use std::sync::Arc;

/// The normalization key of a name.
///
/// The key is [`fold`]ed (case, diacritics, Vietnamese tones, `đ`, `ı`,
/// apostrophes, hyphens, spacing), cut into words at every character that is
/// not a letter or digit, each word rewritten by the transliteration table
/// (`data/translit.tsv`: ou/u, tch/ch, ch/sh, kh/h, dj/j, zh/j, ï/y/i,
/// -ïev/-yev/-iev/-ev/-aev, doubled letters, final -e …), and the words sorted,
/// so word order does not matter.
///
/// Keys are idempotent (`key(&key(x)) == key(x)`) and ignore case,
/// diacritics and the amount or kind of whitespace. Initials are kept as
/// one-letter words: matching `A. Bakayev` to `Alibek Bakayev` is done by
/// [`Registry::resolve`](crate::Registry::resolve), not by the key.
///
/// ```
/// use depeche_names::key;
/// assert_eq!(key("Alexandre Loukachenko"), key("Alexander Lukashenko"));
/// assert_eq!(key("Kassym-Jomart Tokaïev"), key("Kassym Jomart TOKAYEV"));
/// assert_eq!(key("Karin Erlan"), key("Erlan Karin"));
/// assert_eq!(key("Nguyên Xuân Thang"), key("Nguyễn Xuân Thắng"));
/// assert_ne!(key("Nguyễn Xuân Phúc"), key("Nguyễn Xuân Thắng"));
/// assert_ne!(key("Niger"), key("Nigeria"));
/// ```
pub fn key(name: &str) -> String {
    key_shared(name).to_string()
}

/// [`key`], shared: the memo hands out its own copy, which costs no
/// allocation.
pub(crate) fn key_shared(name: &str) -> Arc<str> {
    thread_local! {
        static KEYS: Memo<Arc<str>> = Memo::default();
    }
    remembered(&KEYS, name, |name| {
        let mut words = key_words(name);
        words.sort_unstable();
        Arc::from(words.join(" "))
    })
}

/// The transliterated words of a name, in their original order.
pub(crate) fn key_words(name: &str) -> Vec<String> {
    key_words_shared(name).to_vec()
}

/// [`key_words`], shared (see [`key_shared`]).
pub(crate) fn key_words_shared(name: &str) -> Arc<[String]> {
    thread_local! {
        static KEY_WORDS: Memo<Arc<[String]>> = Memo::default();
    }
    remembered(&KEY_WORDS, name, |name| Arc::from(compute_key_words(name)))
}

fn compute_key_words(name: &str) -> Vec<String> {
    let folded = fold(&joined_abd(&hacek(name)).replace('+', " plus "));
    let words = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    word_forms(words, Translit::embedded_word)
}

/// Háček letters as English and French write them: `š` → `sh`, `ž` → `zh`,
/// `č` → `ch` (`Lukašenka` / `Lukashenka`). Folding alone strips them
/// (`Vučić` / `Vucic`), which detection relies on; keys take both into
/// account through the registry's index of both forms.
pub(crate) fn hacek(name: &str) -> std::borrow::Cow<'_, str> {
    if !name.chars().any(is_hacek) {
        return std::borrow::Cow::Borrowed(name);
    }
    let mut out = String::with_capacity(name.len() + 4);
    for c in name.chars() {
        match c {
            'š' => out.push_str("sh"),
            'Š' => out.push_str("Sh"),
            'ž' => out.push_str("zh"),
            'Ž' => out.push_str("Zh"),
            'č' => out.push_str("ch"),
            'Č' => out.push_str("Ch"),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The first parts of Arabic compound names (`ʿabd al-`, servant of):
/// hyphenated to the next word, they make one word with it.
const ABD: [&str; 6] = ["abd", "abdul", "abdel", "abdal", "abdoul", "abdou"];

/// `Abdul-Aziz` written `Abdulaziz`, as it is as often: the hyphen after an
/// `abd` prefix is dropped.
pub(crate) fn joined_abd(name: &str) -> std::borrow::Cow<'_, str> {
    let prefix_before = |at: usize| {
        let head = name.get(..at).unwrap_or_default();
        let start = head
            .char_indices()
            .rev()
            .find(|(_, c)| !c.is_alphabetic())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let word = fold(head.get(start..).unwrap_or_default());
        ABD.contains(&word.as_str())
    };
    let hyphens: Vec<usize> = name
        .match_indices('-')
        .map(|(i, _)| i)
        .filter(|&i| prefix_before(i))
        .collect();
    if hyphens.is_empty() {
        return std::borrow::Cow::Borrowed(name);
    }
    let mut out = String::with_capacity(name.len());
    for (i, c) in name.char_indices() {
        if !hyphens.contains(&i) {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// `š`, `ž`, `č` in either case.
pub(crate) fn is_hacek(c: char) -> bool {
    matches!(c, 'š' | 'Š' | 'ž' | 'Ž' | 'č' | 'Č')
}

/// Words that only link parts of Arabic names and are written or left out
/// at will: `al-Sissi`, `El Sisi`, `Sisi`.
const ARTICLES: [&str; 2] = ["al", "el"];

/// The key form of folded words: Arabic articles left out (unless nothing
/// else is left), `ben` and `ibn` written `bin`, each other word rewritten
/// by `rewrite` (the transliteration table).
pub(crate) fn word_forms<'a>(
    words: impl Iterator<Item = &'a str> + Clone,
    mut rewrite: impl FnMut(&str) -> String,
) -> Vec<String> {
    // Articles are left out after rewriting, so that a word the table turns
    // into one (`alle` → `al`) is left out too and keys stay idempotent.
    let rewritten: Vec<String> = words
        .map(|w| match w {
            w if ARTICLES.contains(&w) => w.to_string(),
            // After rewriting, so that a word the table turns into `ibn`
            // (`iybn`) is written `bin` too and keys stay idempotent.
            w => match rewrite(w) {
                r if r == "ben" || r == "ibn" => "bin".to_string(),
                r => r,
            },
        })
        .filter(|w| !w.is_empty())
        .collect();
    let all_articles = rewritten.iter().all(|w| ARTICLES.contains(&w.as_str()));
    rewritten
        .into_iter()
        .filter(|w| all_articles || !ARTICLES.contains(&w.as_str()))
        .collect()
}

/// The key words of an Arabic name without its family name: `Abdullah bin
/// Zayed` for `Abdullah bin Zayed Al Nahyan`. `None` unless the name ends
/// in a lineage (`bin` and a father's name) followed by `Al` and one word.
pub(crate) fn without_family(name: &str) -> Option<Vec<String>> {
    let folded = fold(name);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let [.., lineage, _, article, _] = words.as_slice() else {
        return None;
    };
    if *article != "al" || !matches!(*lineage, "bin" | "ben" | "ibn") {
        return None;
    }
    let kept = words.get(..words.len() - 2)?;
    Some(word_forms(kept.iter().copied(), Translit::embedded_word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_meet() {
        let groups: &[&[&str]] = &[
            &[
                "Kassym-Jomart Tokaïev",
                "Kassym-Jomart Tokayev",
                "Kassym-Jomart Tokaev",
                "Kasym-Zhomart Tokayev",
                "Kassym Jomart Tokayev",
            ],
            &[
                "Nursultan Nazarbayev",
                "Noursoultan Nazarbaïev",
                "Nursultan Nazarbaev",
            ],
            &["Alexandre Tourtchine", "Alexander Turchin"],
            &["Yerlan Koshanov", "Erlan Kochanov"],
            &["Olzhas Bektenov", "Oljas Bektenov"],
            &["Maulen Ashimbayev", "Maulen Achimbaïev"],
            &["Ilham Aliyev", "Ilham Aliev"],
            &["Chavkat Mirzioïev", "Shavkat Mirziyoyev"],
            &["Emomali Rakhmon", "Emomali Rahmon"],
            &["Dmitri Tchernychenko", "Dmitry Chernyshenko"],
            &["Trần Cẩm Tú", "Tran Cam Tu"],
            &["Hồ Chí Minh", "Hô Chi Minh", "Ho Chi Minh"],
            &["Denis Sassou-N’Guesso", "Denis Sassou Nguesso"],
            &["Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"],
            &["Şamil Ayrım", "Samil Ayrim"],
            &[
                "Aliaksandr Lukašenka",
                "Aliaksandr Lukashenka",
                "Aliaksandr Loukachenko",
            ],
            &["Heydər Əliyev", "Heydar Aliyev", "Heydar Aliev"],
            &[
                "Abdel Fattah al-Sissi",
                "Abdel Fattah el-Sisi",
                "Abdel Fattah Al Sisi",
                "Abdel Fattah Sisi",
            ],
            &[
                "Mohammed ben Salmane",
                "Mohammed bin Salman",
                "Mohammed ibn Salman",
            ],
            &["Ali Khamenei", "Ali Hamenei"],
            &["Qasym-Jomart Toqaev", "Kassym-Jomart Tokayev"],
            &["Sadyr Zhaparov", "Sadyr Japarov", "Sadyr Djaparov"],
            &["K.Tokayev", "K. Tokayev"],
            &["Ferdinand Marcos Jr.", "Ferdinand Marcos Jr"],
            &["Cameroon", "Cameroun"],
            &[
                "Abdul-Rahman Haddad",
                "Abdulrahman Haddad",
                "Abdelrahman Haddad",
            ],
            &[
                "Mikhaïl Tchernychov",
                "Mikhail Chernyshev",
                "Mikhail Tschernyschow",
            ],
            &["Wiktor Janukowitsch", "Viktor Ianoukovitch"],
            &["Arsen Kotscharjan", "Arsen Kotcharian"],
            &["OPEP+", "OPEP Plus"],
        ];
        for group in groups {
            let first = key(group[0]);
            for name in group.iter() {
                assert_eq!(key(name), first, "{name} / {}", group[0]);
            }
        }
    }

    #[test]
    fn different_names_stay_apart() {
        let pairs = [
            ("Nguyễn Xuân Phúc", "Nguyễn Xuân Thắng"),
            ("Ilham Aliyev", "Heydar Aliyev"),
            ("Niger", "Nigeria"),
            ("Guinée", "Guinée-Bissau"),
            ("Autriche", "Australie"),
            ("Corée du Nord", "Corée du Sud"),
            ("Congo", "RD Congo"),
            ("Hun Sen", "Hun Manet"),
            ("Nguyen Phu Trong", "Nguyen Sinh Hung"),
            ("Ferdinand Marcos Jr.", "Ferdinand Marcos"),
            ("El Salvador", "Salvador Sánchez Cerén"),
            ("Khánh", "Hánh"),
            ("Khuong", "Huong"),
            ("Alexander Lukashenko", "Alexander Lukashev"),
            ("OPEP", "OPEP+"),
            ("Cameron", "Cameroon"),
        ];
        for (a, b) in pairs {
            assert_ne!(key(a), key(b), "{a} / {b}");
        }
    }

    #[test]
    fn keys_are_sorted_words() {
        assert_eq!(key("Tô Lâm"), "lam to");
        assert_eq!(key("A. Bakayev"), "a bakaev");
        assert_eq!(key(""), "");
        assert_eq!(key(" - ' "), "");
        assert_eq!(key("El-Sissi"), "sisi");
        assert_eq!(key("Al"), "al", "an article alone stays");
        let k = key("àlLÈ-Ø");
        assert_eq!(
            key(&k),
            k,
            "a word rewritten into an article is left out too"
        );
        assert_eq!(key("ben Ali"), "ali bin");
        for x in ["ÌybN", "iybn", "Ibn", "bEN", "IYBN Saud"] {
            let k = key(x);
            assert_eq!(key(&k), k, "a word the table turns into `ibn`: {x}");
        }
        assert_eq!(key("Iybn Saud"), key("bin Saud"));
    }

    #[test]
    fn a_family_name_after_a_lineage_may_be_left_out() {
        let short = |s: &str| without_family(s).map(|w| w.join(" "));
        assert_eq!(
            short("Abdullah bin Zayed Al Nahyan").as_deref(),
            Some("abdalah bin saied")
        );
        assert_eq!(
            short("Mohammed ben Rachid Al Maktoum"),
            short("Mohammed bin Rashid Al Maktoum")
        );
        assert_eq!(short("Abdel Fattah al-Sissi"), None, "no lineage");
        assert_eq!(short("Hussein bin Abdullah"), None, "no family name");
    }
}
