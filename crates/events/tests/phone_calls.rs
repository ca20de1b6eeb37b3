//! Phone calls in the forms agencies write them: a noun ("entretien,
//! échange, conversation téléphonique"), a verb with the phone ("se sont
//! entretenus par téléphone", "s'est entretenu au téléphone avec", "a
//! appelé son homologue"), a cleft ("c'est par téléphone que") and a call
//! as a frame ("lors d'un appel"). Each is one MEETING coded as a call
//! (CAMEO 041, PLOVER mode phone), with no place and no visit to the other
//! side's country. Every text is written for these tests.

mod common;
use common::{countries, events, has_actor, of_type, only_meeting};
use depeche_events::{Event, EventType, Subtype};

/// The one call of `text` between `a` and `b`, checked as a call.
fn the_call(text: &str, a: &str, b: &str) -> Event {
    let (call, ev) = only_meeting(text);
    assert!(has_actor(&call, a) && has_actor(&call, b), "{call:#?}");
    assert_eq!(call.subtype, Some(Subtype::Phone), "{call:#?}");
    assert_eq!(call.cameo.as_deref(), Some("041"));
    let mode = call.plover.as_ref().and_then(|p| p.mode.as_deref());
    assert_eq!(mode, Some("phone"), "{call:#?}");
    assert!(call.location.is_none(), "a call has no place: {call:#?}");
    assert!(of_type(&ev, EventType::Visit).is_empty(), "{ev:#?}");
    call
}

#[test]
fn both_sides_as_subject() {
    let pair = "Moscou, 3 mars 2025 (TASS) - Le président russe Vladimir Poutine et le président \
                kazakh Kassym-Jomart Tokaïev se sont entretenus par téléphone lundi.\n";
    let call = the_call(pair, "Poutine", "Tokaïev");
    assert_eq!(countries(&call), ["KAZ", "RUS"]);
    let day_first = "Moscou, 3 mars 2025 (TASS) - Vladimir Poutine et Kassym-Jomart Tokaïev se \
                     sont entretenus lundi au téléphone.\n";
    the_call(day_first, "Poutine", "Tokaïev");
    let noun = "Erevan, 3 mars 2025 (Armenpress) - Un entretien téléphonique entre MM. Pachinian \
                et Poutine a eu lieu lundi, a indiqué le cabinet du Premier ministre arménien.\n";
    the_call(noun, "Pachinian", "Poutine");
}

#[test]
fn a_call_named_by_a_noun() {
    let exchange = "Astana, 3 mars 2025 (Kazinform) - Le président Kassym-Jomart Tokaïev a eu \
                    lundi un échange téléphonique avec le président turc Recep Tayyip Erdogan.\n";
    the_call(exchange, "Tokaïev", "Erdogan");
    let conversation = "Alger, 3 mars 2025 (APS) - Le président Abdelmadjid Tebboune a eu une \
                        conversation téléphonique avec son homologue tunisien Kaïs Saïed.\n";
    the_call(conversation, "Tebboune", "Saïed");
    let frame = "Hanoï, 3 mars 2025 (VNA) - Lors d'un appel lundi, le Premier ministre Pham Minh \
                 Chinh et son homologue japonais Shigeru Ishiba ont discuté de la coopération.\n";
    the_call(frame, "Pham Minh Chinh", "Ishiba");
}

#[test]
fn a_call_told_by_the_verb() {
    let reflexive = "Bakou, 3 mars 2025 (AZERTAC) - Le président Ilham Aliyev s'est entretenu au \
                     téléphone avec le président ouzbek Chavkat Mirzioïev, lundi.\n";
    the_call(reflexive, "Aliyev", "Mirzio");
    let called = "Tokyo, 3 mars 2025 (Kyodo) - Le ministre japonais des Affaires étrangères, \
                  Takeshi Iwaya, a appelé mardi son homologue sud-coréen Cho Tae-yul.\n";
    the_call(called, "Iwaya", "Cho Tae-yul");
    let phone_last = "Dakar, 3 mars 2025 (APS) - Le président Bassirou Diomaye Faye s'est \
                      entretenu lundi avec son homologue gambien Adama Barrow par téléphone.\n";
    the_call(phone_last, "Faye", "Barrow");
}

#[test]
fn a_cleft_puts_the_phone_first() {
    let pronoun = "Paris, 3 mars 2025 (AFP) - Le président Emmanuel Macron a reçu lundi des chefs \
                   d'entreprise. C'est par téléphone que, deux jours plus tard, il a évoqué la \
                   situation au Sahel avec le président sénégalais Bassirou Diomaye Faye.\n";
    the_call(pronoun, "Macron", "Faye");
    let named = "Paris, 3 mars 2025 (AFP) - C'est par téléphone qu'Emmanuel Macron a évoqué la \
                 situation au Sahel avec le président sénégalais Bassirou Diomaye Faye.\n";
    the_call(named, "Macron", "Faye");
    let talked =
        "Paris, 3 mars 2025 (AFP) - Le président Emmanuel Macron était à Bruxelles lundi. \
                  C'est au téléphone qu'il a discuté avec le président sénégalais Bassirou \
                  Diomaye Faye.\n";
    the_call(talked, "Macron", "Faye");
}

#[test]
fn a_place_named_in_the_call_is_its_topic() {
    let text = "Erevan, 3 mars 2025 (Armenpress) - Nikol Pachinian s'est entretenu lundi par \
                téléphone avec Vladimir Poutine de la situation en Ukraine.\n";
    let call = the_call(text, "Pachinian", "Poutine");
    assert_eq!(countries(&call), ["ARM", "RUS"]);
}

#[test]
fn an_appeal_is_no_call() {
    let text = "Alger, 3 mars 2025 (APS) - Le président Abdelmadjid Tebboune a appelé lundi la \
                communauté internationale à soutenir le peuple palestinien.\n";
    let ev = events(text);
    assert!(of_type(&ev, EventType::Meeting).is_empty(), "{ev:#?}");
}

#[test]
fn talks_that_took_place_between_two_sides() {
    // The talks as the subject of "avoir lieu", the sides after "entre".
    for (text, a, b) in [
        ("Une conversation téléphonique a eu lieu jeudi entre le président Kassym-Jomart Tokaïev et le président ouzbek Chavkat Mirziyoyev.", "Tokaïev", "Mirziyoyev"),
        ("Un entretien téléphonique a eu lieu mardi soir entre le président Kassym-Jomart Tokaïev et le président turc Recep Tayyip Erdogan.", "Tokaïev", "Erdogan"),
        ("Un échange téléphonique a eu lieu lundi entre le président Kassym-Jomart Tokaïev et le Premier ministre indien Narendra Modi.", "Tokaïev", "Modi"),
    ] {
        the_call(&format!("Astana, 14 mars 2025 (Kazinform) - {text}\n"), a, b);
    }
    for (text, a, b) in [
        ("Des entretiens officiels ont eu lieu jeudi à l'Akorda entre le président Kassym-Jomart Tokaïev et le président ouzbek Chavkat Mirziyoyev.", "Tokaïev", "Mirziyoyev"),
        ("Une rencontre a eu lieu entre le ministre Murat Nurtleu et son homologue hongrois Péter Szijjártó.", "Nurtleu", "Szijjártó"),
    ] {
        let (talks, _) = only_meeting(&format!("Astana, 14 mars 2025 (Kazinform) - {text}\n"));
        assert!(has_actor(&talks, a) && has_actor(&talks, b), "{text}: {talks:#?}");
        assert_ne!(talks.subtype, Some(Subtype::Phone), "{text}");
    }
}
