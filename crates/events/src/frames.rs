//! Argument attachment: who is the source and who the targets of a trigger,
//! from the clause around it.
//!
//! French diplomatic prose is overwhelmingly subject–verb–object: the actor
//! closest before the verb is its subject, the actors after it (split on
//! commas, `et`, `ainsi que`) are its objects until the clause ends or the
//! next trigger starts. Coordinated verbs (`s'est entretenu avec A et a
//! rencontré B`) share their subject; passives (`a été reçu par`) swap roles.

use crate::analysis::{Cand, CandKind, Sentence, ARTICLES};
use crate::lexicon::{Frame, TriggerMatch};
use depeche_names::EntityKind;

/// Words that end an object list: purpose, time and relative clauses.
const OBJECT_STOPS: &[&str] = &[
    ";", ":", "pour", "afin", "lors", "cours", "duquel", "ou", "dont", "sur", "durant", "pendant",
    "apres", "avant", "qui", "tandis", "alors", "mais", "car", "lequel", "laquelle", "lesquels",
    "auquel", "porteur", "porteuse",
];

/// Words that end a clause when looking left for a subject.
const CLAUSE_STARTS: &[&str] = &[
    ";", ":", "que", "qu", "lorsque", "quand", "tandis", "mais", "car",
];

/// The raw arguments of one trigger.
#[derive(Debug, Clone, Default)]
pub(crate) struct Args {
    pub sources: Vec<Cand>,
    pub targets: Vec<Cand>,
    /// Destinations of a visit (countries or places).
    pub destinations: Vec<Cand>,
    /// The clause's first token, for status reading.
    pub clause_start: usize,
}

/// The dash that closes a dateline ("DAKAR, 3 mars (APS) -"): what follows
/// opens the body's first sentence.
const DATELINE_DASHES: &[&str] = &["-", "–", "—"];

/// Index of the first token of the clause holding token `at`.
pub(crate) fn clause_start(sent: &Sentence, at: usize) -> usize {
    (0..at)
        .rev()
        .find(|&i| sent.is(i, CLAUSE_STARTS))
        .map_or(0, |i| i + 1)
}

/// End (exclusive) of the object region after token `from`: a stop word or
/// a new finite verb (`et les deux hommes ont évoqué…`).
fn object_end(sent: &Sentence, from: usize, next_trigger: usize) -> usize {
    let n = sent.tokens.len().min(next_trigger);
    (from..n)
        .find(|&i| (sent.is(i, OBJECT_STOPS) && !names_members(sent, i)) || sent.is_auxiliary(i))
        .unwrap_or(n)
}

/// Plural nouns of peers that a "dont" list names one by one.
const PEER_GROUPS: &[&str] = &[
    "pairs",
    "homologues",
    "dirigeants",
    "responsables",
    "invites",
    "participants",
];

/// Whether the "dont" at token `i` names members of the group just before
/// it ("avec ses pairs, dont le président X et le président Y"): the list
/// is still the object.
fn names_members(sent: &Sentence, i: usize) -> bool {
    sent.is(i, &["dont"]) && i >= 2 && sent.is(i - 1, &[","]) && sent.is(i - 2, PEER_GROUPS)
}

fn is_counterpart(sent: &Sentence, c: &Cand) -> bool {
    // A body is met when it is the object itself ("avec l'Association",
    // "a reçu la délégation"), not a place ("au Mäjılıs").
    let body_ok = c.kind != CandKind::Named(EntityKind::Organization)
        || c.start
            .checked_sub(1)
            .is_some_and(|p| sent.is(p, &["le", "la", "l", "les", "avec", ","]));
    body_ok
        && !c.complement
        && !c.demonym
        && matches!(
            c.kind,
            CandKind::Named(EntityKind::Person | EntityKind::Organization)
                | CandKind::Description
                | CandKind::Group
        )
}

fn is_subject(c: &Cand) -> bool {
    !c.complement
        && !c.demonym
        && matches!(
            c.kind,
            CandKind::Named(EntityKind::Person | EntityKind::Organization | EntityKind::Country)
                | CandKind::Description
                | CandKind::Group
                | CandKind::Pronoun
                | CandKind::BothParties
        )
}

/// A person who acts from a complement: "des mains du président X",
/// "l'invitation du président X"; or any actor that can be a subject.
fn agent(c: &Cand) -> bool {
    is_subject(c) || (c.complement && c.is_person_like())
}

/// The sentence's first named actor before token `before`: the possessor
/// of "sa visite", "son invitation".
fn possessor(sent: &Sentence, before: usize) -> Option<Cand> {
    sent.cands
        .iter()
        .find(|c| c.end <= before && c.is_person_like() && !c.complement)
        .cloned()
}

/// The subject of a trigger starting at `start`: the nearest actor before
/// it in its clause. `previous` is the last trigger of the same sentence
/// and its subject: when the nearest actor is one of that trigger's
/// objects, the verbs are coordinated and share the subject.
pub(crate) fn subject(
    sent: &Sentence,
    start: usize,
    previous: Option<(usize, &Cand)>,
) -> Option<Cand> {
    let from = clause_start(sent, start);
    let before: Vec<&Cand> = sent
        .cands
        .iter()
        .filter(|c| c.end <= start && c.start >= from && is_subject(c))
        .collect();
    // The nearest person; a country or body only when no person is in the
    // clause ("Le Vietnam et le Laos ont signé").
    let nearest = before
        .iter()
        .filter(|c| c.is_person_like() || c.kind == CandKind::Group)
        .max_by_key(|c| c.end)
        .or_else(|| before.iter().max_by_key(|c| c.end))
        .copied();
    // "X a affirmé depuis Bamako, où il est en visite, que …": a pronoun
    // in a clause of the sentence stands for the sentence's named subject.
    let nearest = nearest.map(|c| {
        let pronoun = c.kind == CandKind::Pronoun && sent.is(c.start, &["il", "elle"]);
        let named_subject = pronoun
            .then(|| {
                sent.cands.iter().find(|p| {
                    p.end <= c.start
                        && !p.complement
                        && !p.demonym
                        && p.kind == CandKind::Named(EntityKind::Person)
                })
            })
            .flatten();
        named_subject.unwrap_or(c)
    });
    // "le Premier ministre X et la délégation vietnamienne sont arrivés":
    // the delegation accompanies the leader, who is the subject.
    let nearest = nearest.map(|c| {
        let leader = (c.kind == CandKind::Group && c.start >= 1 && sent.is(c.start - 1, &["et"]))
            .then(|| {
                before
                    .iter()
                    .find(|p| p.end + 1 == c.start && p.kind == CandKind::Named(EntityKind::Person))
            })
            .flatten();
        leader.copied().unwrap_or(c)
    });
    // A subject right before its verb starts a new clause; one further
    // back, past an earlier verb, is that verb's object.
    let coordinated = sent.is(start, &[",", "et", "puis"]);
    let adjacent = |c: &Cand| {
        !coordinated
            && (start == c.end
                || (start == c.end + 1 && !sent.is(c.end, &[",", "et", "puis", "ainsi"])))
    };
    match (nearest, previous) {
        (Some(c), Some((prev_start, prev_subject))) if c.start > prev_start && !adjacent(c) => {
            Some(prev_subject.clone())
        }
        (None, Some((_, prev_subject))) => Some(prev_subject.clone()),
        (c, _) => c.cloned(),
    }
}

/// A noun trigger opening the sentence has its subject after it: "Lors des
/// rencontres avec X, les dirigeants vietnamiens ont souligné…".
/// A participle opening the sentence (after the dateline's dash) does too:
/// "Arrivé mardi à Alger, le Premier ministre …".
fn fronted_subject(sent: &Sentence, start: usize, objects: &[Cand]) -> Option<Cand> {
    let opens_sentence = start == 0 || sent.is(start - 1, DATELINE_DASHES);
    if !opens_sentence && (!sent.is(0, &["lors", "au", "durant", "pendant", "a"]) || start > 6) {
        return None;
    }
    let after = objects.iter().map(|c| c.end).max().unwrap_or(start);
    let comma = (after..sent.tokens.len()).find(|&i| sent.is(i, &[","]))?;
    sent.cands
        .iter()
        .find(|c| {
            c.start > comma && is_subject(c) && c.kind != CandKind::Named(EntityKind::Country)
        })
        .cloned()
}

/// "depuis Bamako, où il est en visite": the place the relative `où`
/// refers to.
fn place_before_ou(sent: &Sentence, start: usize) -> Vec<Cand> {
    let Some(ou) = (start.saturating_sub(4)..start)
        .rev()
        .find(|&i| sent.is(i, &["ou"]))
    else {
        return Vec::new();
    };
    sent.cands
        .iter()
        .filter(|c| {
            c.end + 2 >= ou
                && c.end <= ou
                && matches!(
                    c.kind,
                    CandKind::Named(EntityKind::Country | EntityKind::Place)
                )
        })
        .cloned()
        .collect()
}

/// The country or place named at token `at`.
fn place_at(sent: &Sentence, at: usize) -> Option<Cand> {
    sent.cands
        .iter()
        .find(|c| {
            c.start == at
                && matches!(
                    c.kind,
                    CandKind::Named(EntityKind::Country | EntityKind::Place)
                )
        })
        .cloned()
}

/// The person named last before token `start`.
fn nearest_person(sent: &Sentence, start: usize) -> Option<Cand> {
    sent.cands
        .iter()
        .filter(|c| c.end <= start && c.is_person_like() && !c.complement)
        .max_by_key(|c| c.end)
        .cloned()
}

/// Counterparts after token `from` up to the end of the object region.
fn objects(sent: &Sentence, from: usize, next_trigger: usize) -> Vec<Cand> {
    let end = object_end(sent, from, next_trigger);
    let mut out: Vec<Cand> = Vec::new();
    for c in sent
        .cands
        .iter()
        .filter(|c| c.start >= from && c.end <= end && is_counterpart(sent, c))
    {
        let c = led_by(sent, c).unwrap_or(c);
        if !out.iter().any(|o| o.span == c.span) {
            out.push(c.clone());
        }
    }
    out
}

/// The object pronoun `lui` right before a trigger ("Il lui a transmis",
/// "lui a décerné"), an adverb allowed between.
/// How far back from a name its dative may stand: "au ministre kazakh des
/// Affaires étrangères Mourat Nourtleou" puts six words of title between.
const DATIVE_REACH: usize = 8;

/// Whether `c` is the one handed something: "à", "au" or "aux" opens its
/// noun phrase (title words may stand between), with no other actor in
/// between.
fn handed_to(sent: &Sentence, c: &Cand) -> bool {
    let from = c.start.saturating_sub(DATIVE_REACH);
    for i in (from..c.start).rev() {
        if sent.is(i, &["a", "au", "aux"]) {
            return true;
        }
        let other_actor = sent
            .cands
            .iter()
            .any(|o| o.end == i + 1 && !o.demonym && o.is_person_like());
        if other_actor || sent.is(i, &[";", ":", "par", "de", "du", "des"]) && i + 1 == c.start {
            return false;
        }
    }
    false
}

fn lui_before<'s>(sent: &'s Sentence, m: &TriggerMatch<'_>) -> Option<&'s Cand> {
    sent.cands.iter().find(|c| {
        c.kind == CandKind::Pronoun
            && sent.is(c.start, &["lui"])
            && (c.end == m.start || c.end + 1 == m.start)
    })
}

/// "une délégation menée par le chef du groupe d'amitié, Samil Ayrim": the
/// one who leads a group named as a counterpart stands for it.
fn led_by<'s>(sent: &'s Sentence, group: &Cand) -> Option<&'s Cand> {
    if group.kind != CandKind::Group {
        return None;
    }
    let par = (group.start..group.end.min(group.start + 5)).find(|&i| {
        sent.is(i, &["par"])
            && i > 0
            && sent.is(
                i - 1,
                &[
                    "menee", "mene", "conduite", "conduit", "dirigee", "dirige", "emmenee",
                ],
            )
    })?;
    // The leader is the first person named after "par", inside the group
    // phrase or in apposition right after it; else the leader's title
    // ("le chef du groupe d'amitié"), for the discourse to resolve.
    let after_par = |c: &&Cand| c.start > par && c.start <= group.end + 1;
    sent.cands
        .iter()
        .filter(after_par)
        .find(|c| c.kind == CandKind::Named(EntityKind::Person))
        .or_else(|| {
            sent.cands
                .iter()
                .filter(after_par)
                .find(|c| c.kind == CandKind::Description)
        })
}

/// Verbs of a relative clause that only says where a journey goes: "une
/// tournée qui le mènera au Ghana", "qui l'a conduit en Inde".
const LEADING_VERBS: &[&str] = &[
    "menera",
    "meneront",
    "mene",
    "menee",
    "menes",
    "conduira",
    "conduiront",
    "conduit",
    "conduite",
    "conduits",
    "amenera",
    "ameneront",
    "amene",
    "emmenera",
    "emmene",
];

/// Whether the "qui" at token `i` opens a clause saying where the journey
/// leads: its places are still the destinations.
fn leads_on(sent: &Sentence, i: usize) -> bool {
    sent.is(i, &["qui"])
        && (i + 1..(i + 5).min(sent.tokens.len())).any(|j| sent.is(j, LEADING_VERBS))
}

fn places_after(sent: &Sentence, from: usize, next_trigger: usize) -> Vec<Cand> {
    // "La prochaine destination … est l'Azerbaïdjan": a verb may come first.
    let n = sent.tokens.len().min(next_trigger);
    // "a affirmé depuis Bamako, où il est en visite, que l'Algérie …": a
    // completive clause says something else (a relative one, "la visite
    // qu'il effectue en Turquie", does not).
    let end = (from..n)
        .find(|&i| {
            (sent.is(i, OBJECT_STOPS) && !leads_on(sent, i))
                || (sent.is(i, &["que", "qu"]) && i > 0 && sent.is(i - 1, &[","]))
        })
        .unwrap_or(n);
    sent.cands
        .iter()
        .filter(|c| c.start >= from && c.end <= end)
        .filter(|c| {
            matches!(
                c.kind,
                CandKind::Named(EntityKind::Country | EntityKind::Place)
            )
        })
        .filter(|c| {
            c.start > 0
                && (sent.is(
                    c.start - 1,
                    &["a", "au", "aux", "en", "l", "dans", "vers", "pour", "est"],
                ) || (c.start > 1
                    && sent.is(c.start - 1, &["de"])
                    && sent.is(c.start - 2, &["destination"]))
                    // "s'envolera vers le Nigeria".
                    || (c.start > 1
                        && sent.is(c.start - 1, &["le", "la", "les"])
                        && sent.is(c.start - 2, &["vers"])))
        })
        .cloned()
        .collect()
}

/// The arguments of trigger `m` in `sent`.
pub(crate) fn attach(
    sent: &Sentence,
    m: &TriggerMatch<'_>,
    next_trigger: usize,
    previous: Option<(usize, &Cand)>,
) -> Args {
    let clause = clause_start(sent, m.start);
    let mut args = Args {
        clause_start: clause,
        ..Args::default()
    };
    // "X, en visite au Y", "X, qui effectue une visite": the nearest
    // person is the subject, whatever verb came before.
    let appositive = sent.is(m.start, &["en", "entamant"])
        || m.start
            .checked_sub(1)
            .is_some_and(|p| sent.is(p, &["qui", "en"]));
    // "sa visite", "leur rencontre": the possessor is the sentence's subject.
    let possessive = sent.is(m.start, &["sa", "son", "ses", "leur", "leurs"]);
    let subj = || {
        if appositive {
            return nearest_person(sent, m.start);
        }
        if possessive {
            return possessor(sent, m.start).or_else(|| subject(sent, m.start, previous));
        }
        // "la délégation conduite par le président X est arrivée": the
        // leader stands for the group, as subject as well as object.
        subject(sent, m.start, previous)
            .or_else(|| fronted_subject(sent, m.start, &[]))
            .map(|c| led_by(sent, &c).cloned().unwrap_or(c))
    };
    match m.trigger.frame {
        Frame::SubjObj | Frame::SubjAvec => {
            args.targets = objects(sent, m.end, next_trigger);
            args.sources
                .extend(subj().or_else(|| fronted_subject(sent, m.start, &args.targets)));
        }
        Frame::Passive => {
            args.targets.extend(subj());
            // "a été reçu par le roi X, le président Y et le Premier ministre Z".
            // A pattern that goes on after "par" ("a été invité par X à
            // effectuer") holds the agent inside it.
            let inner_par = (m.start..m.end.saturating_sub(1))
                .rev()
                .find(|&i| sent.is(i, &["par"]));
            args.sources = match inner_par {
                Some(par) => objects(sent, par + 1, m.end),
                None => objects(sent, m.end, next_trigger),
            };
        }
        Frame::SubjDest => {
            args.sources.extend(subj());
            args.destinations = places_after(sent, m.end, next_trigger);
            // "a quitté la Jordanie": the pattern ends on the article.
            if args.destinations.is_empty() && m.end > 0 && sent.is(m.end - 1, ARTICLES) {
                args.destinations.extend(place_at(sent, m.end));
            }
            // "est au Sénégal depuis jeudi": the place is inside the pattern.
            if args.destinations.is_empty() {
                args.destinations = places_after(sent, m.start + 1, m.end);
            }
            if args.destinations.is_empty() {
                args.destinations = place_before_ou(sent, m.start);
            }
        }
        Frame::Visitor => {}
        Frame::Conveyed => {
            // "a transmis au Premier ministre l'invitation du président X":
            // X invites; the one it is handed to ("à"/"au") is invited.
            let end = sent.tokens.len().min(next_trigger);
            let person_after = |from: usize, to: usize| {
                sent.cands
                    .iter()
                    .find(|c| c.start >= from && c.end <= to && c.is_person_like())
                    .cloned()
            };
            // "l'invitation du président X": X invites. With no inviter
            // named after the invitation ("X a adressé à Y une invitation
            // à …"), the subject invites.
            let named_inviter = sent
                .is(m.end, &["de", "du", "des", "d"])
                .then(|| person_after(m.end, (m.end + 8).min(end)))
                .flatten();
            // "a chargé l'ambassadeur de transmettre son invitation": the
            // possessor is the sentence's subject, not the messenger.
            let owner = sent
                .is(m.end.saturating_sub(2), &["son", "sa", "leur"])
                .then(|| possessor(sent, m.start))
                .flatten();
            args.sources.extend(named_inviter.or(owner).or_else(subj));
            // "au président Emmanuel Macron": a title may stand between.
            let handed_to = |c: &Cand| {
                sent.is(c.start, &["au", "aux"])
                    || (c.start.saturating_sub(4)..c.start).any(|i| sent.is(i, &["a", "au", "aux"]))
            };
            let before = sent.cands.iter().find(|c| {
                c.start > m.start && c.end <= m.end && c.is_person_like() && handed_to(c)
            });
            let after = sent.cands.iter().find(|c| {
                c.start >= m.end
                    && c.end <= end
                    && c.is_person_like()
                    && handed_to(c)
                    && Some(c.span) != args.sources.first().map(|s| s.span)
            });
            // "Il lui a transmis l'invitation de X".
            args.targets
                .extend(before.or(after).or(lui_before(sent, m)).cloned());
        }
        Frame::VisitNoun => {
            // "la visite d'État du secrétaire général Tô Lâm au Kazakhstan".
            let end = object_end(sent, m.end, next_trigger);
            let visitor = sent.cands.iter().find(|c| {
                c.start >= m.end
                    && c.end <= end
                    && c.start > 0
                    && sent.is(c.start - 1, &["de", "du", "d"])
                    || c.start >= m.end && c.end <= end && c.is_person_like()
            });
            // "la visite du responsable guinéen au Maroc": the visitor's
            // country, for the discourse to name its leader.
            let by_demonym = || {
                let du =
                    (m.start..(m.end + 2).min(end)).find(|&i| sent.is(i, &["de", "du", "d"]))?;
                sent.cands
                    .iter()
                    .find(|c| c.demonym && c.start > du + 1 && c.start <= du + 3 && c.end <= end)
            };
            match visitor {
                Some(v)
                    if v.is_person_like()
                        || matches!(v.kind, CandKind::Named(EntityKind::Person)) =>
                {
                    args.sources.push(v.clone())
                }
                _ => match by_demonym() {
                    Some(country) => args.sources.push(country.clone()),
                    None => args.sources.extend(subj()),
                },
            }
            // "la visite en Algérie du président X": the place may sit inside
            // the trigger, before the visitor.
            args.destinations = places_after(sent, m.start, next_trigger);
        }
        Frame::SubjOnly => {
            args.sources.extend(subj());
            // "a visité le Vietnam" is a visit; the caller turns it into one.
            args.destinations = places_after(sent, m.end, next_trigger);
        }
        Frame::Pair => {
            let region_end = object_end(sent, m.end, next_trigger);
            // "présidée par X et Y", "entre X et Y".
            let named: Vec<Cand> = sent
                .cands
                .iter()
                .filter(|c| {
                    c.start >= m.end && c.end <= region_end.max(sent.tokens.len().min(next_trigger))
                })
                .filter(|c| c.is_person_like() && !c.complement)
                .cloned()
                .collect();
            // "ont déclaré X et Y lors de leur rencontre": the sentence's people.
            let everyone: Vec<Cand> = sent
                .cands
                .iter()
                .filter(|c| c.is_person_like() && !c.complement && c.kind != CandKind::Pronoun)
                .cloned()
                .collect();
            // "X a coprésidé avec Y la session": the subject co-chairs with
            // the one after "avec", or with an unnamed counterpart.
            let cochair = (m.start..m.end).any(|i| {
                let w = sent.word(i);
                w.starts_with("copresid") || w.starts_with("co-presid")
            });
            let with = (m.start..(m.end + 6).min(sent.tokens.len()))
                .filter(|&i| sent.is(i, &["avec"]))
                .find_map(|i| {
                    sent.cands
                        .iter()
                        .find(|c| c.start > i && c.start <= i + 4 && c.is_person_like())
                });
            if let (true, Some(subject)) = (cochair, subj()) {
                args.sources.push(subject);
                args.targets.extend(with.cloned());
            } else if let [first, second, ..] = named.as_slice() {
                args.sources.push(first.clone());
                args.targets.push(second.clone());
            } else if let [first, second, ..] = everyone.as_slice() {
                args.sources.push(first.clone());
                args.targets.push(second.clone());
            } else {
                args.sources.extend(subj());
            }
        }
        Frame::Award | Frame::Invite => {
            args.sources.extend(subj());
            // "a remis l'Ordre … pour reconnaître les contributions de
            // l'ambassadeur X": the decorated may come late in the sentence.
            let reach = if m.trigger.frame == Frame::Award {
                24
            } else {
                12
            };
            let end = object_end(sent, m.end, next_trigger)
                .max((m.end + reach).min(sent.tokens.len().min(next_trigger)));
            // "a invité X à effectuer": the invitee sits inside the pattern.
            let from = if m.trigger.frame == Frame::Invite {
                m.start + 1
            } else {
                m.end
            };
            // "a remis au président X l'ordre": the one handed the
            // decoration may stand between the verb and the decoration.
            let from = if m.trigger.frame == Frame::Award {
                m.start + 1
            } else {
                from
            };
            let candidates: Vec<&Cand> = sent
                .cands
                .iter()
                .filter(|c| c.start >= from && c.end <= end && !c.demonym)
                .filter(|c| c.is_person_like() || c.kind == CandKind::Group)
                // "l'Ordre de Sahametrei, classe Moha Sena": a class, not a person.
                .filter(|c| !(c.start >= 1 && sent.is(c.start - 1, &["classe"])))
                .collect();
            // "a remis l'Ordre … classe Moha Sena à M. X": the one handed
            // the decoration ("à", "au") beats a name inside the order's.
            let handed = |c: &&&Cand| handed_to(sent, c);
            let known =
                |c: &&&Cand| c.entity.is_some() || c.kind != CandKind::Named(EntityKind::Person);
            let after = |c: &&&Cand| c.start >= m.end;
            // "a décerné l'ordre à son homologue et à la première dame":
            // everyone handed it, one event each.
            let handed_all: Vec<&Cand> = candidates.iter().filter(handed).copied().collect();
            let chosen: Vec<&Cand> = if m.trigger.frame == Frame::Award && !handed_all.is_empty() {
                handed_all
            } else if m.trigger.frame == Frame::Award {
                candidates
                    .iter()
                    .filter(after)
                    .find(known)
                    .or_else(|| candidates.iter().find(after))
                    .copied()
                    .into_iter()
                    .collect()
            } else {
                candidates.first().copied().into_iter().collect()
            };
            // "le président lui a décerné la médaille": the one `lui` stands for.
            args.targets = if chosen.is_empty() {
                lui_before(sent, m).cloned().into_iter().collect()
            } else {
                chosen.into_iter().cloned().collect()
            };
        }
        Frame::AwardPassive => {
            args.targets.extend(subj());
            let end = sent.tokens.len().min(next_trigger);
            // "par le président X"; else the state named in the order
            // ("l'Ordre de la Liberté du Laos").
            // "par le président X", "des mains du président X", "de la
            // part du roi".
            let by = (m.start..end).find(|&i| sent.is(i, &["par", "mains", "part"]));
            let source = by
                .and_then(|b| {
                    // "des mains du président X": a complement after "mains".
                    sent.cands
                        .iter()
                        .find(|c| c.start > b && c.end <= end && agent(c))
                })
                .or_else(|| {
                    sent.cands.iter().find(|c| {
                        c.start >= m.start
                            && c.end <= end
                            && matches!(c.kind, CandKind::Named(EntityKind::Country))
                    })
                });
            args.sources.extend(source.cloned());
        }
        Frame::InvitedBy | Frame::AcceptInvite => {
            // The inviter follows at once ("l'invitation de X", "du président X").
            let end = sent.tokens.len().min(next_trigger).min(m.end + 6);
            // "l'invitation du président X": the inviter is a complement.
            let inviter = sent
                .cands
                .iter()
                .find(|c| c.start >= m.end && c.end <= end && agent(c));
            args.sources.extend(inviter.cloned());
            // The invitee is the clause's subject (the visitor).
            let invitee = subject(sent, m.start, previous).or_else(|| {
                sent.cands
                    .iter()
                    .find(|c| c.end <= m.start && c.is_person_like() && !c.complement)
                    .cloned()
            });
            args.targets.extend(invitee);
        }
    }
    args
}
