//! Patronymics, which names carry or drop at will: Russian and Central
//! Asian `-ovich`/`-ovitch`/`-evich`/`-ovna`, Ukrainian `-ovych`/`-ivna`,
//! Kazakh `-uly`/`-kyzy`, Uzbek `-qizi`, Azerbaijani `Heydər oğlu`,
//! Kyrgyz `Nurgojo uulu`.

use crate::fold::fold_words;

/// Endings of a patronymic written as one word (folded).
const SUFFIXES: [&str; 17] = [
    "ovich", "ovitch", "evich", "evitch", "ievich", "ovych", "evych", "ovna", "evna", "ievna",
    "ivna", "ichna", "uly", "uli", "kyzy", "kizi", "qizi",
];

/// Words that make the word before them a patronymic (`Heydər oğlu`).
const MARKERS: [&str; 8] = [
    "oglu", "ogly", "ogli", "uulu", "kyzy", "kizi", "qizi", "gizi",
];

/// Shortest word read as a one-word patronymic.
const MIN_LEN: usize = 6;

/// `name` without its patronymic, or `None` when it has none: only for
/// names of three words or more, never the last word (the surname:
/// `Viktor Yanukovych`), and at least two words are left.
///
/// `Sergueï Viktorovitch Lavrov` → `Sergueï Lavrov`;
/// `Ilham Heydər oğlu Əliyev` → `Ilham Əliyev`.
pub(crate) fn without_patronymic(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() < 3 {
        return None;
    }
    let folded: Vec<String> = words.iter().map(|w| fold_words(w)).collect();
    let mut keep = vec![true; words.len()];
    let last = words.len() - 1;
    for (i, f) in folded.iter().enumerate().take(last) {
        if MARKERS.contains(&f.as_str()) {
            if let Some(k) = keep.get_mut(i) {
                *k = false;
            }
            if i >= 2 {
                if let Some(k) = keep.get_mut(i - 1) {
                    *k = false;
                }
            }
        } else if i > 0
            && f.chars().count() >= MIN_LEN
            && !f.contains(' ')
            && SUFFIXES.iter().any(|s| f.ends_with(s))
        {
            if let Some(k) = keep.get_mut(i) {
                *k = false;
            }
        }
    }
    let left: Vec<&str> = words
        .iter()
        .zip(&keep)
        .filter(|(_, &k)| k)
        .map(|(w, _)| *w)
        .collect();
    (left.len() < words.len() && left.len() >= 2).then(|| left.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patronymics_are_left_out() {
        for (name, bare) in [
            ("Sergueï Viktorovitch Lavrov", "Sergueï Lavrov"),
            ("Sergey Viktorovich Lavrov", "Sergey Lavrov"),
            ("Volodymyr Oleksandrovych Zelensky", "Volodymyr Zelensky"),
            ("Valentina Ivanovna Matviyenko", "Valentina Matviyenko"),
            ("Qasym-Jomart Kemeluly Toqaev", "Qasym-Jomart Toqaev"),
            ("Ilham Heydər oğlu Əliyev", "Ilham Əliyev"),
            ("Heydar Alirza oglu Aliyev", "Heydar Aliyev"),
            ("Sadyr Nurgojo uulu Japarov", "Sadyr Japarov"),
            ("Shavkat Miromonovich Mirziyoyev", "Shavkat Mirziyoyev"),
            ("Dariga Nursultankyzy Nazarbayeva", "Dariga Nazarbayeva"),
        ] {
            assert_eq!(without_patronymic(name).as_deref(), Some(bare), "{name}");
        }
    }

    #[test]
    fn surnames_and_short_names_stay() {
        for name in [
            "Viktor Yanukovych",
            "Viktor Fedorovych",
            "Aleksandar Vučić",
            "Ivan Petrov",
            "Ferdinand Marcos Jr.",
            "Abdel Fattah al-Sisi",
            "Kassym-Jomart Tokayev",
        ] {
            assert_eq!(without_patronymic(name), None, "{name}");
        }
        assert_eq!(
            without_patronymic("Viktor Fedorovych Yanukovych").as_deref(),
            Some("Viktor Yanukovych")
        );
    }
}
