//! A person named again by a given name alone ("le prince Mohammed" after
//! "Mohammed ben Salmane", "le cheikh Tamim" after "Tamim ben Hamad Al
//! Thani") is the person of the dispatch whose full name it begins, even
//! when the registry knows someone else by that name alone. Every text is
//! written for these tests.

mod common;
use common::meeting_countries_with as meeting_countries;

#[test]
fn a_given_name_alone_is_the_person_named_in_full_before() {
    for (text, needle, want) in [
        (
            "Ankara, 18 mars 2025 (AA) - Le prince héritier saoudien Mohammed ben Salmane est arrivé à Ankara. Le prince Mohammed a été reçu par le président Recep Tayyip Erdogan.\n",
            "Erdo",
            ["SAU", "TUR"],
        ),
        (
            "Ankara, 18 mars 2025 (AA) - Le prince héritier saoudien Mohammed ben Salmane est arrivé à Ankara. Le président Recep Tayyip Erdogan s'est entretenu avec le prince Mohammed.\n",
            "Erdo",
            ["SAU", "TUR"],
        ),
        (
            "Amman, 18 mars 2025 (Petra) - Le prince héritier saoudien Mohammed ben Salmane est arrivé à Amman. Le roi Abdallah II a reçu le prince Mohammed au palais.\n",
            "Abdallah",
            ["JOR", "SAU"],
        ),
        (
            "Rabat, 18 mars 2025 (MAP) - L'émir du Qatar, Tamim ben Hamad Al Thani, est arrivé à Rabat. Le roi Mohammed VI a reçu l'émir Tamim au palais royal.\n",
            "Mohammed VI",
            ["MAR", "QAT"],
        ),
        (
            "Rabat, 18 mars 2025 (MAP) - Le prince héritier saoudien Mohammed ben Salmane est arrivé à Rabat. Le prince Mohammed s'est entretenu avec le chef du gouvernement Aziz Akhannouch.\n",
            "Akhannouch",
            ["MAR", "SAU"],
        ),
    ] {
        let found = meeting_countries(text, needle);
        assert!(
            found.iter().any(|c| c == &want),
            "{text}: meetings with {needle}: {found:?}"
        );
        assert!(
            found.iter().all(|c| c.len() == 2),
            "{text}: a meeting with a third country: {found:?}"
        );
    }
}

#[test]
fn a_given_name_shared_by_no_one_in_the_dispatch_keeps_its_registry_reading() {
    let text = "Rabat, 18 mars 2025 (MAP) - Le roi Mohammed VI a reçu mardi le président mauritanien Mohamed Ould Ghazouani au palais royal.\n";
    let found = meeting_countries(text, "Ghazouani");
    assert_eq!(found, [["MAR", "MRT"]], "{text}");
}
