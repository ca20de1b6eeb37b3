//! A session co-chaired with the other side named by "avec", wherever it
//! stands: before the session ("a coprésidé jeudi avec son homologue X la
//! session"), after it, in the future. One MEETING between the co-chairs.
//! Every text is written for these tests.

mod common;
use common::{names_both, sides};
use depeche_events::EventType;

#[test]
fn the_co_chair_named_with_avec_is_met() {
    for (text, chair, other) in [
        ("Le président gambien Adama Barrow a coprésidé jeudi avec son homologue sénégalais Bassirou Diomaye Faye la session du Conseil présidentiel.", "Adama Barrow", "Bassirou Diomaye Faye"),
        ("Le président gambien Adama Barrow a coprésidé la session du Conseil présidentiel avec son homologue sénégalais Bassirou Diomaye Faye.", "Adama Barrow", "Bassirou Diomaye Faye"),
        ("Le Premier ministre Ousmane Sonko coprésidera vendredi avec son homologue mauritanien Mokhtar Ould Djay la grande commission mixte.", "Ousmane Sonko", "Mokhtar Ould Djay"),
        ("La ministre Yassine Fall a coprésidé avec son homologue gambien Mamadou Tangara la commission mixte de coopération.", "Yassine Fall", "Mamadou Tangara"),
        ("La ministre Yassine Fall coprésidera demain avec son homologue malien Abdoulaye Diop les travaux de la commission mixte.", "Yassine Fall", "Abdoulaye Diop"),
    ] {
        let found = sides(&format!("Dakar, 14 mars 2025 (APS) - {text}\n"), EventType::Meeting);
        assert!(names_both(&found, chair, other), "{text}: {found:?}");
    }
}
