//! A small file-name glob: `*` (any run), `?` (one character), `[abc]`,
//! `[a-z]`, `[!abc]` (a character class). Enough for `--glob '*.txt'`
//! without another dependency.

/// A compiled file-name pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Glob {
    tokens: Vec<Token>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Literal(char),
    AnyOne,
    AnyRun,
    Class {
        negated: bool,
        items: Vec<(char, char)>,
    },
}

impl Glob {
    /// Compiles `pattern`. An unclosed `[` is an error.
    pub fn new(pattern: &str) -> Result<Glob, String> {
        let mut tokens = Vec::new();
        let mut chars = pattern.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '*' => {
                    if tokens.last() != Some(&Token::AnyRun) {
                        tokens.push(Token::AnyRun);
                    }
                }
                '?' => tokens.push(Token::AnyOne),
                '[' => {
                    let negated = matches!(chars.peek(), Some('!' | '^'));
                    if negated {
                        chars.next();
                    }
                    let mut items = Vec::new();
                    let mut closed = false;
                    let mut first = true;
                    while let Some(c) = chars.next() {
                        // `]` right after `[` is a literal, as in shells.
                        if c == ']' && !first {
                            closed = true;
                            break;
                        }
                        first = false;
                        let mut lookahead = chars.clone();
                        if lookahead.next() == Some('-') {
                            if let Some(hi) = lookahead.next().filter(|&h| h != ']') {
                                chars.next();
                                chars.next();
                                items.push((c, hi));
                                continue;
                            }
                        }
                        items.push((c, c));
                    }
                    if !closed {
                        return Err(format!("unclosed '[' in glob pattern {pattern:?}"));
                    }
                    tokens.push(Token::Class { negated, items });
                }
                other => tokens.push(Token::Literal(other)),
            }
        }
        Ok(Glob { tokens })
    }

    /// Whether `name` (a file name, not a path) matches the whole pattern.
    pub fn matches(&self, name: &str) -> bool {
        let chars: Vec<char> = name.chars().collect();
        match_from(&self.tokens, &chars)
    }
}

/// Iterative matcher with single-star backtracking: linear in practice, no
/// recursion depth to worry about on long names.
fn match_from(tokens: &[Token], name: &[char]) -> bool {
    let (mut t, mut n) = (0usize, 0usize);
    let mut star: Option<(usize, usize)> = None;
    loop {
        match tokens.get(t) {
            Some(Token::AnyRun) => {
                star = Some((t, n));
                t += 1;
                continue;
            }
            Some(tok) => {
                if let Some(&c) = name.get(n) {
                    if token_matches(tok, c) {
                        t += 1;
                        n += 1;
                        continue;
                    }
                }
            }
            None if n == name.len() => return true,
            None => {}
        }
        match star {
            Some((st, sn)) if sn < name.len() => {
                star = Some((st, sn + 1));
                t = st + 1;
                n = sn + 1;
            }
            _ => return false,
        }
    }
}

fn token_matches(tok: &Token, c: char) -> bool {
    match tok {
        Token::Literal(l) => *l == c,
        Token::AnyOne => true,
        Token::AnyRun => true,
        Token::Class { negated, items } => {
            items.iter().any(|&(lo, hi)| lo <= c && c <= hi) != *negated
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Glob;

    fn m(p: &str, n: &str) -> bool {
        Glob::new(p).expect("valid pattern").matches(n)
    }

    #[test]
    fn star_and_question_mark() {
        assert!(m("*.txt", "000_ce7c.txt"));
        assert!(m("*.txt", ".txt"));
        assert!(!m("*.txt", "notes.txt.bak"));
        assert!(!m("*.txt", "a.TXT"));
        assert!(m("d??.txt", "d01.txt"));
        assert!(!m("d??.txt", "d1.txt"));
        assert!(m("*", ""));
        assert!(m("a*b*c", "aXXbYYbc"));
        assert!(!m("a*b*c", "aXXbYYb"));
        assert!(m("**x", "x"));
    }

    #[test]
    fn classes() {
        assert!(m("[0-9]*.txt", "004.txt"));
        assert!(!m("[0-9]*.txt", "d004.txt"));
        assert!(m("[!d]*", "004"));
        assert!(!m("[!d]*", "d04"));
        assert!(m("[]a]", "]"));
        assert!(m("[a-]", "-"));
        assert!(m("é[éè]", "éè"));
    }

    #[test]
    fn literal_pattern_must_match_whole_name() {
        assert!(m("seed.txt", "seed.txt"));
        assert!(!m("seed.txt", "seed.txt2"));
        assert!(!m("seed", "seed.txt"));
    }

    #[test]
    fn unclosed_class_is_an_error() {
        assert!(Glob::new("[abc").is_err());
        assert!(Glob::new("[]").is_err());
    }
}
