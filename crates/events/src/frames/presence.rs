//! Guests named as present at a ceremony: "Daniel Chapo a prêté serment
//! en présence des présidents sud-africain X, zimbabwéen Y et botswanais
//! Z", "la cérémonie s'est déroulée en présence du président rwandais X
//! et du Premier ministre portugais Y". Each guest attended the ceremony:
//! an activity of their own. Witnesses of a signing are no guests — the
//! signing is the event, and "en présence des deux dirigeants" only says
//! who stood by.

use super::{Args, Site};
use crate::analysis::{CandKind, Sentence};
use depeche_names::EntityKind;

/// Words naming a ceremony one attends as a guest.
const CEREMONIES: &[&str] = &[
    "investiture",
    "investi",
    "investie",
    "serment",
    "obseques",
    "funerailles",
    "ceremonie",
    "defile",
    "parade",
    "inauguration",
    "celebration",
    "celebrations",
    "commemoration",
    "commemorations",
    "intronisation",
    "couronnement",
    "jubile",
    "festivites",
    "fete",
    "messe",
    "hommage",
];

/// Words telling the ceremony is a signing, whose witnesses are no guests.
const SIGNINGS: &[&str] = &[
    "signature",
    "signe",
    "signes",
    "signee",
    "signees",
    "paraphe",
    "accord",
    "accords",
    "memorandum",
    "convention",
    "conventions",
];

/// The people named after "en présence de", when the sentence tells a
/// ceremony that is not a signing.
pub(crate) fn guests(site: &Site<'_, '_>, args: &mut Args) {
    let sent = site.sent;
    if !tells_a_ceremony(sent) {
        return;
    }
    args.sources.extend(
        sent.cands
            .iter()
            .filter(|c| c.start >= site.m.end && c.end <= site.limit())
            .filter(|c| c.kind == CandKind::Named(EntityKind::Person) && !c.demonym)
            .cloned(),
    );
}

/// Whether a word of the sentence names a ceremony and none a signing.
fn tells_a_ceremony(sent: &Sentence) -> bool {
    let n = sent.tokens.len();
    (0..n).any(|i| sent.is(i, CEREMONIES)) && !(0..n).any(|i| sent.is(i, SIGNINGS))
}
