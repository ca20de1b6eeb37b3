//! One test per French construction the extractor must read. Every text is
//! written for these tests in the agencies' style.

mod common;

use common::{countries, events, names};
use depeche_events::{Event, EventType, Role, Status};

fn of_type(events: &[Event], kind: EventType) -> Vec<&Event> {
    events.iter().filter(|e| e.kind == kind).collect()
}

#[test]
fn coordination_gives_one_meeting_per_counterpart() {
    let text = "Moscou, 14 juin (VNA) - Le président Lương Cường a rencontré le président russe \
                Vladimir Poutine, le Premier ministre Mikhaïl Michoustine ainsi que le président \
                de la Douma d'État Viatcheslav Volodine.\n";
    let ev = events(text);
    let meetings = of_type(&ev, EventType::Meeting);
    assert_eq!(meetings.len(), 3, "{meetings:#?}");
    for m in &meetings {
        assert_eq!(countries(m), ["RUS", "VNM"]);
        assert!(
            names(m, Role::Source).iter().any(|n| n.contains("Cường")),
            "{m:#?}"
        );
    }
}

#[test]
fn apposition_names_the_counterpart() {
    let text = "Pékin, 3 mars (VNA) - Le ministre des Affaires étrangères Bùi Thanh Sơn s'est \
                entretenu avec son homologue chinois, Wang Yi, à Pékin.\n";
    let ev = events(text);
    let meetings = of_type(&ev, EventType::Meeting);
    assert_eq!(meetings.len(), 1, "{ev:#?}");
    assert!(names(meetings[0], Role::Target)
        .iter()
        .any(|n| n.contains("Wang Yi")));
    assert_eq!(countries(meetings[0]), ["CHN", "VNM"]);
}

#[test]
fn pronoun_carries_the_subject_over() {
    let text = "Vientiane, 5 mai (VNA) - Le Premier ministre Phạm Minh Chính est arrivé à \
                Vientiane, entamant sa visite officielle au Laos.\n\nIl a ensuite déposé une gerbe \
                de fleurs au Monument aux morts de Vientiane.\n";
    let ev = events(text);
    let activities = of_type(&ev, EventType::Activity);
    assert_eq!(activities.len(), 1, "{ev:#?}");
    assert!(names(activities[0], Role::Source)
        .iter()
        .any(|n| n.contains("Chính")));
    assert_eq!(countries(activities[0]), ["LAO", "VNM"]);
}

#[test]
fn negated_signing_is_not_an_event() {
    let text = "Les deux ministres n'ont pas signé d'accord lors de cette rencontre entre le \
                Vietnam et le Japon.\n";
    assert!(of_type(&events(text), EventType::Agreement).is_empty());
}

#[test]
fn future_tense_plans_the_visit() {
    let text = "Hanoï (VNA) - Le président cubain Miguel Díaz-Canel effectuera une visite d'État \
                au Vietnam la semaine prochaine.\n";
    let ev = events(text);
    let visits = of_type(&ev, EventType::Visit);
    assert_eq!(visits.len(), 1, "{ev:#?}");
    assert_eq!(visits[0].status, Status::Planned);
    assert_eq!(countries(visits[0]), ["CUB", "VNM"]);
    assert_eq!(
        visits[0].plover.as_ref().map(|p| p.kind.as_str()),
        Some("AGREE")
    );
}

#[test]
fn an_agreement_signed_years_ago_is_background() {
    let text =
        " date 2025-04 Coopération entre le Vietnam et l'Algérie\n\nLe Vietnam et l'Algérie \
                avaient signé un mémorandum d'accord sur l'énergie en 2018.\n";
    let ev = events(text);
    let agreements = of_type(&ev, EventType::Agreement);
    assert_eq!(agreements.len(), 1, "{ev:#?}");
    assert!(agreements[0].background);
    assert_eq!(agreements[0].date.value.as_deref(), Some("2018"));
}

#[test]
fn passive_reception_swaps_the_roles() {
    let text = "La Havane, 2 avril (VNA) - Le vice-Premier ministre Trần Hồng Hà a été reçu par \
                le président cubain Miguel Díaz-Canel.\n";
    let ev = events(text);
    let meetings = of_type(&ev, EventType::Meeting);
    assert_eq!(meetings.len(), 1, "{ev:#?}");
    assert!(names(meetings[0], Role::Source)
        .iter()
        .any(|n| n.contains("Díaz-Canel")));
}

#[test]
fn the_same_event_told_twice_is_one_event_with_two_evidence_spans() {
    let text = " date 2025-05 Visite au Kazakhstan\n\nLes deux parties ont publié une déclaration \
                commune entre le Vietnam et le Kazakhstan.\n\nLa déclaration commune adoptée par \
                les deux parties ouvre une nouvelle étape.\n";
    let ev = events(text);
    let agreements = of_type(&ev, EventType::Agreement);
    assert_eq!(agreements.len(), 1, "{ev:#?}");
    assert_eq!(agreements[0].evidence.len(), 2);
}

#[test]
fn related_links_yield_no_event() {
    let text =
        "Titre\n\n>> Le président a signé un accord avec le Laos\n\nLe temps est doux à Hanoï.\n";
    assert!(events(text).is_empty());
}

#[test]
fn a_decoration_names_conferrer_and_decorated() {
    let text = "Vientiane, 8 août (VNA) - Le président lao Thongloun Sisoulith a décoré le \
                président vietnamien Lương Cường de l'Ordre d'or national.\n";
    let ev = events(text);
    let awards = of_type(&ev, EventType::Award);
    assert_eq!(awards.len(), 1, "{ev:#?}");
    assert!(names(awards[0], Role::Source)
        .iter()
        .any(|n| n.contains("Thongloun")));
    assert!(names(awards[0], Role::Target)
        .iter()
        .any(|n| n.contains("Cường")));
}

#[test]
fn an_invitation_carried_by_a_messenger_links_inviter_and_invitee() {
    let text = "Paris, 9 avril (VNA) - Le ministre Bùi Thanh Sơn a transmis au président \
                Emmanuel Macron l'invitation du secrétaire général Tô Lâm à effectuer une \
                visite d'État au Vietnam.\n";
    let ev = events(text);
    let invitations = of_type(&ev, EventType::Invitation);
    assert_eq!(invitations.len(), 1, "{ev:#?}");
    assert!(names(invitations[0], Role::Source)
        .iter()
        .any(|n| n.contains("Tô Lâm")));
    assert!(names(invitations[0], Role::Target)
        .iter()
        .any(|n| n.contains("Macron")));
    assert!(
        of_type(&ev, EventType::Visit).is_empty(),
        "the invited visit is not an event"
    );
}

#[test]
fn a_noun_trigger_takes_the_tense_of_its_verb() {
    let text = "Tachkent (Kazinform) - Les entretiens entre le président Kassym-Jomart Tokaïev \
                et le président Chavkat Mirziyoïev se tiendront mardi à Tachkent.\n";
    let ev = events(text);
    let meetings = of_type(&ev, EventType::Meeting);
    assert_eq!(meetings.len(), 1, "{ev:#?}");
    assert_eq!(meetings[0].status, Status::Planned);
    assert_eq!(countries(meetings[0]), ["KAZ", "UZB"]);
}

#[test]
fn a_title_with_a_complement_group_still_describes_the_name() {
    let text = "Rabat, 6 mars (MAP) - Le ministre des Affaires étrangères et des Marocains \
                résidant à l'étranger, Nasser Bourita, a coprésidé jeudi avec son homologue \
                sénégalais, Yassine Fall, la session de la commission mixte.\n";
    let ev = events(text);
    let meetings = of_type(&ev, EventType::Meeting);
    assert_eq!(meetings.len(), 1, "{ev:#?}");
    let sources = names(meetings[0], Role::Source);
    assert!(sources.iter().any(|n| n.contains("Bourita")), "{sources:?}");
}

#[test]
fn a_story_link_dates_the_event_on_its_exchange() {
    let text = "Phnom Penh, 28 décembre (VNA) - Le Premier ministre Hun Manet a reçu le 26 \
                décembre l'ambassadeur du Laos, Khamphao Ernthavanh. À cette occasion, Hun Manet \
                a remis l'Ordre royal du Cambodge à Khamphao Ernthavanh.\n";
    let ev = events(text);
    let awards = of_type(&ev, EventType::Award);
    assert_eq!(awards.len(), 1, "{ev:#?}");
    assert_eq!(
        awards[0].date.value.as_deref(),
        Some("--12-26"),
        "{:#?}",
        awards[0]
    );
    // "Le lendemain" moves to another day: the exchange's date does not carry.
    let unlinked = text.replace("À cette occasion, Hun", "Le lendemain matin, Hun");
    let ev = events(&unlinked);
    let awards = of_type(&ev, EventType::Award);
    assert_eq!(awards.len(), 1, "{ev:#?}");
    assert_ne!(
        awards[0].date.value.as_deref(),
        Some("--12-26"),
        "{:#?}",
        awards[0]
    );
}

#[test]
fn lui_is_the_other_party_of_the_last_exchange() {
    let text = "Rome, 9 avril (VNA) - Le ministre Bùi Thanh Sơn a été reçu par la présidente du \
                Conseil Giorgia Meloni. Il lui a transmis l'invitation du Premier ministre Phạm \
                Minh Chính à effectuer une visite officielle au Vietnam.\n";
    let ev = events(text);
    let invitations = of_type(&ev, EventType::Invitation);
    assert_eq!(invitations.len(), 1, "{ev:#?}");
    let invited = names(invitations[0], Role::Target);
    assert!(invited.iter().any(|n| n.contains("Meloni")), "{invited:?}");
    let inviter = names(invitations[0], Role::Source);
    assert!(inviter.iter().any(|n| n.contains("Chính")), "{inviter:?}");
}

#[test]
fn invitations_each_way_stay_two_events() {
    let text = "Hanoï, 2 mai (VNA) - Le président Lương Cường a invité le président Emmanuel \
                Macron à effectuer une visite au Vietnam. Emmanuel Macron a invité Lương Cường \
                à se rendre à Paris l'an prochain.\n";
    let ev = events(text);
    let invitations = of_type(&ev, EventType::Invitation);
    assert_eq!(invitations.len(), 2, "{invitations:#?}");
    let mut inviters: Vec<Vec<String>> = invitations
        .iter()
        .map(|e| countries_of(e, Role::Source))
        .collect();
    inviters.sort();
    assert_eq!(inviters, [vec!["FRA".to_string()], vec!["VNM".to_string()]]);
}

#[test]
fn a_letter_quoted_in_the_present_invites() {
    let text = "Dakar, 3 juin (APS) - Dans son message, le président Bassirou Diomaye Faye \
                invite son homologue Abdelmadjid Tebboune à effectuer une visite d'État au \
                Sénégal.\n";
    let ev = events(text);
    let invitations = of_type(&ev, EventType::Invitation);
    assert_eq!(invitations.len(), 1, "{ev:#?}");
    assert_eq!(countries_of(invitations[0], Role::Source), ["SEN"]);
    assert_eq!(countries_of(invitations[0], Role::Target), ["DZA"]);
}

fn countries_of(e: &Event, role: Role) -> Vec<String> {
    e.actors
        .iter()
        .filter(|a| a.role == role)
        .filter_map(|a| a.country.as_deref().map(str::to_string))
        .collect()
}

#[test]
fn a_visit_named_by_a_present_verb_is_under_way() {
    let text = "Le ministre Bùi Thanh Sơn en visite de travail à Rome\n\nRome, 9 avril (VNA) - Le \
                ministre Bùi Thanh Sơn, qui effectue une visite de travail en Italie, a eu des \
                entretiens avec son homologue italien Antonio Tajani.\n";
    let ev = events(text);
    let visits = of_type(&ev, EventType::Visit);
    assert_eq!(visits.len(), 1, "{visits:#?}");
    assert_eq!(visits[0].status, Status::Ongoing, "{:#?}", visits[0]);
    // The participle folds like the present but reports the visit whole.
    for past in [
        "Rome, 9 avril (VNA) - Le ministre Bùi Thanh Sơn a effectué une visite officielle en \
         Italie.\n",
        "Rome, 9 avril (VNA) - Le ministre Bùi Thanh Sơn a en effet effectué une visite \
         officielle en Italie.\n",
    ] {
        let ev = events(past);
        let visits = of_type(&ev, EventType::Visit);
        assert_eq!(visits.len(), 1, "{visits:#?}");
        assert_eq!(visits[0].status, Status::Occurred, "{:#?}", visits[0]);
    }
}

#[test]
fn il_after_reported_speech_is_the_last_speaker() {
    let text = "Vientiane, 4 juin (VNA) - Le président laotien Thongloun Sisoulith a reçu mardi \
                le ministre chinois Wang Yi. Les relations sont excellentes, a dit Thongloun \
                Sisoulith. La Chine est prête à approfondir la coopération, a affirmé M. Wang \
                Yi. Il a également rencontré le Premier ministre Sonexay Siphandone.\n";
    let ev = events(text);
    let meetings = of_type(&ev, EventType::Meeting);
    let with_pm = meetings
        .iter()
        .find(|e| names(e, Role::Target).iter().any(|n| n.contains("Sonexay")));
    let Some(with_pm) = with_pm else {
        panic!("no meeting with the Prime Minister: {meetings:#?}");
    };
    let sources = names(with_pm, Role::Source);
    assert!(sources.iter().any(|n| n.contains("Wang")), "{sources:?}");
}

#[test]
fn talks_with_words_between_verb_and_avec() {
    let text = "Paris, 5 mars (MAP) - Le ministre Nasser Bourita s'est entretenu, mercredi à \
                Paris, avec son homologue français Jean-Noël Barrot. Le même jour, le président \
                Emmanuel Macron a discuté longuement avec le roi Mohammed VI.\n";
    let ev = events(text);
    let meetings = of_type(&ev, EventType::Meeting);
    assert_eq!(meetings.len(), 2, "{meetings:#?}");
    assert_eq!(countries(meetings[0]), ["FRA", "MAR"]);
    assert_eq!(countries(meetings[1]), ["FRA", "MAR"]);
}

#[test]
fn a_same_day_link_carries_date_and_place() {
    let text = "Erevan, 14 octobre (AFP) - Le 12 octobre au matin, à Erevan, Denis Sassou Nguesso \
                et Emmanuel Macron ont eu leur première séance de travail. Durant la même \
                matinée, Emmanuel Macron s'est entretenu en tête à tête avec Ali Bongo Ondimba.\n";
    let ev = events(text);
    let meetings = of_type(&ev, EventType::Meeting);
    assert_eq!(meetings.len(), 2, "{meetings:#?}");
    for m in &meetings {
        assert_eq!(m.date.value.as_deref(), Some("--10-12"), "{m:#?}");
        assert_eq!(
            m.location.as_ref().and_then(|l| l.country.as_deref()),
            Some("ARM"),
            "{m:#?}"
        );
    }
}

#[test]
fn signing_a_joint_declaration_is_one_agreement() {
    let text = "Astana, 2 juin (VNA) - Le président Tô Lâm et le président Kassym-Jomart Tokaïev \
                ont signé une déclaration commune. La déclaration commune fixe les priorités de \
                la coopération.\n";
    let ev = events(text);
    let agreements = of_type(&ev, EventType::Agreement);
    assert_eq!(agreements.len(), 1, "{agreements:#?}");
    assert_eq!(agreements[0].evidence.len(), 2, "{:#?}", agreements[0]);
}

#[test]
fn documents_signed_by_different_people_are_separate_agreements() {
    let text = "Tachkent, 3 mai (UzA) - Les deux pays ont signé plusieurs documents. Le ministre \
                russe Sergueï Lavrov et le ministre ouzbek Bakhtiyor Saidov ont signé un \
                mémorandum sur les consultations. Le ministre russe Anton Silouanov et le \
                ministre ouzbek Jamshid Kuchkarov ont signé un accord sur les investissements.\n";
    let ev = events(text);
    let agreements = of_type(&ev, EventType::Agreement);
    assert_eq!(agreements.len(), 3, "{agreements:#?}");
}

#[test]
fn a_modal_verb_keeps_its_infinitive_planned() {
    let text = "Douchanbé, 3 mai (UzA) - Le président Chavkat Mirziyoyev a quitté Tachkent pour \
                Douchanbé. Les parties prévoient de signer plusieurs accords de coopération.\n";
    let ev = events(text);
    let agreements = of_type(&ev, EventType::Agreement);
    assert_eq!(agreements.len(), 1, "{ev:#?}");
    assert_eq!(
        agreements[0].status,
        Status::Planned,
        "{:#?}",
        agreements[0]
    );
}

#[test]
fn adopting_a_road_map_is_an_agreement() {
    let text = "Tachkent, 3 mai (UzA) - Le président Vladimir Poutine et le président ouzbek \
                Shavkat Mirziyoyev ont eu des entretiens. Les deux gouvernements ont adopté une \
                feuille de route pour la coopération énergétique.\n";
    let ev = events(text);
    let agreements = of_type(&ev, EventType::Agreement);
    assert_eq!(agreements.len(), 1, "{ev:#?}");
    assert_eq!(countries(agreements[0]), ["RUS", "UZB"]);
}

#[test]
fn a_signatory_without_country_signs_for_the_other_side() {
    let text = "Tachkent, 3 mai (UzA) - Le président Vladimir Poutine et le président ouzbek \
                Shavkat Mirziyoyev ont eu des entretiens. Le ministre ouzbek Jamshid Kuchkarov \
                et Igor Petrov, directeur de la banque Sovkom, ont signé un accord sur le \
                financement.\n";
    let ev = events(text);
    let agreements = of_type(&ev, EventType::Agreement);
    assert_eq!(agreements.len(), 1, "{ev:#?}");
    let signed_by = names(agreements[0], Role::Target);
    assert!(
        signed_by.iter().any(|n| n.contains("Petrov")),
        "{signed_by:?}"
    );
    assert_eq!(countries(agreements[0]), ["RUS", "UZB"]);
}

#[test]
fn a_delegation_led_by_someone_is_met_through_its_leader() {
    let text = "Bakou, 9 novembre (AZERTAC) - Le président Ilham Aliyev a reçu le 9 novembre une \
                délégation menée par le chef du groupe d'amitié Turquie-Azerbaïdjan, Samil \
                Ayrim.\n";
    let ev = events(text);
    let meetings = of_type(&ev, EventType::Meeting);
    assert_eq!(meetings.len(), 1, "{ev:#?}");
    let met = names(meetings[0], Role::Target);
    assert_eq!(met.len(), 1, "{met:?}");
    assert!(met[0].contains("Ayrim"), "{met:?}");
}

#[test]
fn the_delegation_arriving_with_its_leader_is_not_a_second_visitor() {
    let text = "Vientiane, 9 janvier (VNA) - Le Premier ministre Phạm Minh Chính et la délégation \
                vietnamienne sont arrivés à Vientiane pour entamer une visite officielle au \
                Laos.\n";
    let ev = events(text);
    let visits = of_type(&ev, EventType::Visit);
    assert_eq!(visits.len(), 1, "{visits:#?}");
    assert!(names(visits[0], Role::Source)
        .iter()
        .any(|n| n.contains("Chính")));
}

#[test]
fn the_addressee_of_a_carried_message_is_not_met() {
    let text = "Rabat, 19 mars (MAP) - Le ministre Nasser Bourita a reçu vendredi son homologue \
                guinéen Ibrahima Khalil Kaba, porteur d'un message du président Alpha Condé au \
                roi Mohammed VI.\n";
    let ev = events(text);
    let meetings = of_type(&ev, EventType::Meeting);
    assert_eq!(meetings.len(), 1, "{meetings:#?}");
    assert!(names(meetings[0], Role::Target)
        .iter()
        .any(|n| n.contains("Kaba")));
}

#[test]
fn returning_home_is_not_a_visit() {
    let text = "Beijing, 22 mars (Xinhua) - Le président chinois Xi Jinping est rentré à Beijing \
                après sa visite d'État en Russie. Le ministre chinois Qin Gang est arrivé à \
                Beijing à bord du même avion.\n";
    let ev = events(text);
    let visits = of_type(&ev, EventType::Visit);
    assert!(
        visits
            .iter()
            .all(|v| countries(v).contains(&"RUS".to_string())),
        "{visits:#?}"
    );
}

#[test]
fn a_framing_or_recalled_visit_takes_no_tense_from_its_clause() {
    let text = "Vientiane, 11 janvier (VNA) - Le Premier ministre Phạm Minh Chính est arrivé \
                mercredi à Vientiane, entamant sa visite officielle au Laos où il coprésidera la \
                réunion du Comité intergouvernemental. Durant sa visite au Laos, il devrait \
                rencontrer le président Thongloun Sisoulith. Cette visite officielle au Laos \
                contribuera à renforcer l'amitié.\n";
    let ev = events(text);
    let visits = of_type(&ev, EventType::Visit);
    assert_eq!(visits.len(), 1, "{visits:#?}");
    assert_eq!(visits[0].status, Status::Ongoing, "{:#?}", visits[0]);
    let cochaired = of_type(&ev, EventType::Meeting)
        .into_iter()
        .find(|m| m.subtype == Some(depeche_events::Subtype::JointCommission));
    let Some(cochaired) = cochaired else {
        panic!("no joint commission meeting: {ev:#?}");
    };
    assert_eq!(cochaired.status, Status::Planned);
    // No co-chair is named: the other side is the country.
    assert_eq!(countries_of(cochaired, Role::Target), ["LAO"]);
}

#[test]
fn an_ambassadors_stay_is_a_posting_not_a_visit() {
    let text = "Abidjan, 5 mars (AIP) - Le président Alassane Ouattara a reçu les lettres de \
                créance de l'ambassadeur du Japon, Hiroshi Kawamura. L'ambassadeur a exprimé sa \
                volonté de renforcer, durant son séjour, la coopération avec la Côte d'Ivoire.\n";
    let ev = events(text);
    assert!(of_type(&ev, EventType::Visit).is_empty(), "{ev:#?}");
}

#[test]
fn an_orders_class_is_not_the_decorated_person() {
    let text = "Phnom Penh, 26 décembre (VNA) - Le président du Sénat Hun Sen a remis l'Ordre \
                royal de Sahametrei, classe Moha Sena, pour reconnaître les contributions \
                significatives de l'ambassadeur du Vietnam, Nguyễn Huy Tăng.\n";
    let ev = events(text);
    let awards = of_type(&ev, EventType::Award);
    assert_eq!(awards.len(), 1, "{ev:#?}");
    let decorated = names(awards[0], Role::Target);
    assert!(
        decorated.iter().any(|n| n.contains("Tăng")),
        "{decorated:?}"
    );
}

#[test]
fn what_a_trip_is_for_is_still_ahead() {
    let text = "Vientiane, 9 janvier (VNA) - Le Premier ministre Phạm Minh Chính est arrivé à \
                Vientiane pour entamer une visite au Laos et coprésider la réunion du Comité \
                intergouvernemental Vietnam-Laos.\n";
    let ev = events(text);
    let visits = of_type(&ev, EventType::Visit);
    assert_eq!(visits.len(), 1, "{ev:#?}");
    assert_eq!(visits[0].status, Status::Ongoing);
    let meetings = of_type(&ev, EventType::Meeting);
    assert_eq!(meetings.len(), 1, "{ev:#?}");
    assert_eq!(meetings[0].status, Status::Planned, "{:#?}", meetings[0]);
}

#[test]
fn son_homologue_is_the_one_the_dispatch_calls_so() {
    let text = "Attaf copréside avec son homologue turc la commission mixte\n\nAnkara, 5 mars \
                (APS) - Le ministre Ahmed Attaf a coprésidé jeudi, avec son homologue turc, \
                Hakan Fidan, la session de la commission mixte. Le président Recep Tayyip \
                Erdogan est attendu en Algérie. Le président Recep Tayyip Erdogan a salué les \
                travaux.\n";
    let ev = events(text);
    for m in of_type(&ev, EventType::Meeting) {
        let met: Vec<String> = names(m, Role::Target);
        assert!(met.iter().all(|n| n.contains("Fidan")), "{met:?} in {m:#?}");
    }
}

#[test]
fn talks_a_trip_is_for_are_planned() {
    let text =
        "Washington, 12 février (AFP) - Le Premier ministre indien Narendra Modi arrive aux \
                États-Unis pour des entretiens avec le président Donald Trump. Il est impatient \
                de rencontrer le président Donald Trump.\n";
    let ev = events(text);
    let meetings = of_type(&ev, EventType::Meeting);
    assert!(!meetings.is_empty(), "{ev:#?}");
    for m in &meetings {
        assert_eq!(m.status, Status::Planned, "{m:#?}");
    }
}

#[test]
fn il_inside_the_sentence_is_its_named_subject() {
    let text =
        "Bamako, 9 septembre (APS) - Le ministre Ahmed Attaf a affirmé mardi depuis Bamako, \
                où il est en visite de travail, que les relations sont denses. Il s'est \
                entretenu avec son homologue malien, Abdoulaye Diop.\n";
    let ev = events(text);
    let visits = of_type(&ev, EventType::Visit);
    assert_eq!(visits.len(), 1, "{ev:#?}");
    assert!(names(visits[0], Role::Source)
        .iter()
        .any(|n| n.contains("Attaf")));
    let meetings = of_type(&ev, EventType::Meeting);
    assert_eq!(meetings.len(), 1, "{ev:#?}");
    assert!(names(meetings[0], Role::Source)
        .iter()
        .any(|n| n.contains("Attaf")));
}

#[test]
fn a_completive_clause_names_no_destination() {
    let text =
        "Bamako, 9 septembre (APS) - Le ministre Ahmed Attaf a affirmé mardi depuis Bamako, \
                où il est en visite de travail, en qualité d'envoyé spécial, que l'Algérie et \
                le Mali partagent la même évaluation.\n";
    let ev = events(text);
    let visits = of_type(&ev, EventType::Visit);
    assert_eq!(visits.len(), 1, "{ev:#?}");
    assert_eq!(countries(visits[0]), ["DZA", "MLI"]);
    // A relative clause keeps its place: "la visite qu'il effectue en Turquie".
    let text = "Ankara, 5 mars (APS) - Le ministre Ahmed Attaf a coprésidé la commission mixte, \
                dans le cadre de la visite de travail qu'il effectue en Turquie.\n";
    let ev = events(text);
    let visits = of_type(&ev, EventType::Visit);
    assert_eq!(visits.len(), 1, "{ev:#?}");
    assert_eq!(countries(visits[0]), ["DZA", "TUR"]);
}

#[test]
fn the_next_sentence_of_a_paragraph_keeps_its_day() {
    let text = "Hanoï, 26 juin (VNA) - Le 25 juin, les deux présidents ont assisté à la signature \
                de plusieurs documents de coopération. Le ministre Bùi Thanh Sơn et son homologue \
                kényan Musalia Mudavadi ont signé un mémorandum sur les consultations \
                politiques.\n\nLe ministre Bùi Thanh Sơn a rencontré le ministre Musalia Mudavadi.\n";
    let ev = events(text);
    let signed = of_type(&ev, EventType::Agreement)
        .into_iter()
        .find(|e| names(e, Role::Source).iter().any(|n| n.contains("Sơn")));
    let Some(signed) = signed else {
        panic!("no memorandum signed by the ministers: {ev:#?}");
    };
    assert_eq!(signed.date.value.as_deref(), Some("--06-25"), "{signed:#?}");
    // A new paragraph is the dispatch's own day again.
    let met = of_type(&ev, EventType::Meeting);
    assert_eq!(met.len(), 1, "{ev:#?}");
    assert_eq!(
        met[0].date.value.as_deref(),
        Some("--06-26"),
        "{:#?}",
        met[0]
    );
}

#[test]
fn lui_can_be_the_one_decorated() {
    let text = "Alger, 18 novembre (APS) - Le président Abdelmadjid Tebboune a reçu l'ambassadeur \
                de Corée, Park Min-ho, venu faire ses adieux. A cette occasion, le président \
                Tebboune lui a décerné la médaille de l'Ordre du mérite national.\n";
    let ev = events(text);
    let awards = of_type(&ev, EventType::Award);
    assert_eq!(awards.len(), 1, "{ev:#?}");
    assert_eq!(countries_of(awards[0], Role::Target), ["KOR"]);
}

#[test]
fn meeting_representatives_of_ones_own_community_is_an_activity() {
    let text = "Nouakchott, 9 avril (APS) - Le président Bassirou Diomaye Faye a rencontré des \
                représentants de la communauté sénégalaise établie en Mauritanie.\n";
    let ev = events(text);
    assert!(of_type(&ev, EventType::Meeting).is_empty(), "{ev:#?}");
    assert_eq!(of_type(&ev, EventType::Activity).len(), 1, "{ev:#?}");
}

#[test]
fn pairs_signing_in_one_sentence_sign_separate_agreements_on_the_papers_day() {
    let text = "Hanoï, 26 juin (VNA) - Le 25 juin, les deux présidents ont assisté à la signature \
                de plusieurs documents de coopération. Le ministre Bùi Thanh Sơn et son homologue \
                kényan Musalia Mudavadi ont signé un accord sur les visas, tandis que le ministre \
                Nguyễn Hồng Diên et son homologue kényan Lee Kinyanjui ont signé un mémorandum \
                sur le commerce. Le ministre Đỗ Đức Duy et son homologue kényan Mutahi Kagwe ont \
                échangé un protocole sur l'agriculture.\n";
    let ev = events(text);
    let signed: Vec<&Event> = of_type(&ev, EventType::Agreement)
        .into_iter()
        .filter(|e| {
            e.actors
                .iter()
                .any(|a| a.kind == Some(depeche_names::EntityKind::Person))
        })
        .collect();
    assert_eq!(signed.len(), 3, "{signed:#?}");
    for e in &signed {
        assert_eq!(e.date.value.as_deref(), Some("--06-25"), "{e:#?}");
    }
}

#[test]
fn the_two_heads_of_state_meet_each_other() {
    let text = "Hanoï, 25 juin (VNA) - Le président kényan William Ruto est en visite d'État au \
                Vietnam. Le président Lương Cường a présidé la cérémonie d'accueil, avant que les \
                deux chefs d'État ne tiennent des entretiens.\n";
    let ev = events(text);
    let meetings = of_type(&ev, EventType::Meeting);
    assert_eq!(meetings.len(), 1, "{ev:#?}");
    let mut people: Vec<String> = names(meetings[0], Role::Source);
    people.extend(names(meetings[0], Role::Target));
    people.sort();
    assert!(people.iter().any(|n| n.contains("Ruto")), "{people:?}");
    assert!(people.iter().any(|n| n.contains("Cường")), "{people:?}");
}

#[test]
fn a_visit_of_a_described_foreigner_is_their_leaders() {
    let text = "Rabat, 19 mars (MAP) - Le ministre guinéen Ibrahima Khalil Kaba a été reçu par \
                Nasser Bourita. Bourita a souligné que la visite du responsable guinéen au Maroc \
                reflète la qualité des relations.\n";
    let ev = events(text);
    let visits = of_type(&ev, EventType::Visit);
    assert_eq!(visits.len(), 1, "{ev:#?}");
    assert!(names(visits[0], Role::Source)
        .iter()
        .any(|n| n.contains("Kaba")));
    assert_eq!(countries(visits[0]), ["GIN", "MAR"]);
}

#[test]
fn capitals_named_with_their_article_and_visits_begun() {
    let text = "Le Caire, 24 juin (PTI) - Le Premier ministre Narendra Modi est arrivé au Caire \
                samedi après avoir conclu sa visite d'État aux États-Unis.\n";
    let ev = events(text);
    let visits = of_type(&ev, EventType::Visit);
    assert!(
        visits
            .iter()
            .any(|v| countries(v) == ["EGY", "IND"] && v.status == Status::Ongoing),
        "{visits:#?}"
    );
    let text = "New Delhi, 13 février (AFP) - Le ministre Jean-Marc Ayrault a débuté dimanche une \
                visite de quatre jours en Inde.\n";
    let ev = events(text);
    let visits = of_type(&ev, EventType::Visit);
    assert_eq!(visits.len(), 1, "{ev:#?}");
    assert_eq!(countries(visits[0]), ["FRA", "IND"]);
    assert_eq!(visits[0].status, Status::Ongoing);
}

#[test]
fn a_visit_named_with_its_place_before_its_visitor() {
    let text = "Alger, 5 mars (APS) - Les deux ministres ont préparé la visite en Algérie du \
                président Recep Tayyip Erdogan, prévue dans un avenir proche.\n";
    let ev = events(text);
    let visits = of_type(&ev, EventType::Visit);
    assert_eq!(visits.len(), 1, "{ev:#?}");
    assert_eq!(countries(visits[0]), ["DZA", "TUR"]);
    assert_eq!(visits[0].status, Status::Planned, "{:#?}", visits[0]);
}
