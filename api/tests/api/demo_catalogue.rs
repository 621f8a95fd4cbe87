//! The demo catalogue file: sound, big enough, and naming every service the
//! seed documents name.

use portal_model::{AudienceId, Lang};

#[test]
fn demo_catalogue_is_sound() {
    let catalogue = portal_api::catalogue::demo::catalogue().expect("demo catalogue loads");
    assert!(catalogue.services.len() >= 400, "{} services", catalogue.services.len());
    assert!(catalogue.centres.len() >= 25, "administrative service centres with hours");
    assert!(catalogue.centres.iter().all(|c| !c.hours.is_empty()));
    assert!(catalogue.centres.iter().any(|c| c.country == "BY"));
    assert!(catalogue.providers.iter().any(|p| p.country == "BY"));
    assert!(catalogue.providers.iter().any(|p| p.country == "UA"));
}

#[test]
fn every_service_named_in_the_seeds_is_there() {
    let catalogue = portal_api::catalogue::demo::catalogue().unwrap();
    let names: Vec<&str> = catalogue.services.iter().map(|s| s.name.get(Lang::Uk)).collect();
    let seed_names = [
        "Видача міжнародного посвідчення водія",
        "Видача ліцензії на експорт товарів",
        "Видача дозволу на виконання робіт підвищеної небезпеки та на експлуатацію (застосування) машин, механізмів, устаткування",
        "Анулювання свідоцтва про призначення органу з оцінки відповідності для виконання як третьою стороною завдань у процесі оцінки та перевірки стабільності показників будівельної продукції",
        "Анулювання свідоцтва про призначення органу з визначення технічної прийнятності",
        "Реєстрація декларації відповідності матеріально-технічної бази вимогам законодавства з охорони праці",
        "Видача висновку щодо продовження граничних строків розрахунків за окремими операціями з експорту та імпорту товарів, установлених Національним банком",
        "Надання інформації про заборгованість із заробітної плати",
    ];
    for name in seed_names {
        assert!(names.contains(&name), "missing: {name}");
    }
    let contains = |part: &str| names.iter().any(|n| n.contains(part));
    assert!(contains("єМалятко"));
    assert!(contains("унікального ідентифікатора"));
    assert!(contains("Витяг з Державного реєстру"), "Ministry of Justice extracts");
    assert!(contains("Бронювання військовозобов’язаних"));
    assert!(contains("Видача ліцензії на експорт товарів"));
    let providers: Vec<&str> = catalogue.providers.iter().map(|p| p.name.get(Lang::Uk)).collect();
    for provider in [
        "Міністерство економіки України",
        "Центральне міжрегіональне управління Держпраці",
        "Західне міжрегіональне управління Держпраці",
        "Міністерство юстиції України",
    ] {
        assert!(providers.contains(&provider), "missing provider {provider}");
    }
}

#[test]
fn home_grid_of_business_has_the_categories_of_seed_001() {
    let catalogue = portal_api::catalogue::demo::catalogue().unwrap();
    let grid = catalogue.grid_for(AudienceId::Business);
    let names: Vec<&str> = grid.iter().map(|c| c.name.get(Lang::Uk)).collect();
    for category in [
        "Реєстрація",
        "Соціальний захист",
        "Природні ресурси та екологія",
        "Зовнішньоекономічна діяльність",
        "Безпека та захист",
        "Сільське господарство",
        "Транспорт",
        "Фінанси",
        "Інші сфери господарської діяльності",
    ] {
        assert!(names.contains(&category), "business grid lacks {category}");
    }
    let safety = grid.iter().find(|c| c.id == "safety").unwrap();
    let subs: Vec<&str> = safety.subcategories.iter().map(|s| s.name.get(Lang::Uk)).collect();
    assert_eq!(
        subs,
        [
            "Вибухові матеріали",
            "Зброя та військове спорядження",
            "Роботи підвищеної небезпеки",
            "Бронювання військовозобов’язаних"
        ]
    );
}
