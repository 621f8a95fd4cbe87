//! Accounts: registration to deletion, the mailed links, the unique identifier.

use fantoccini::Locator;
use portal_e2e::{Browser, PATIENCE, Portal, dist_dir};

#[tokio::test]
async fn register_activate_from_the_outbox_sign_in_and_out() {
    let portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("uk").await;
    let page = &browser;
    register_with_one_mistake(page, &portal).await;
    activate_from_the_outbox(page, &portal).await;
    sign_in_and_edit_personal_data(page, &portal).await;
    sign_out_and_back_to_the_cabinet(page, &portal).await;
    change_password_and_sign_out_everywhere(page, &portal).await;
    read_orders_in_belarusian(page, &portal).await;
    delete_the_cabinet(page, &portal).await;
    browser.close().await;
}

/// Registration: a wrong check digit is refused beside its field, nothing typed is lost; corrected, the mail goes out.
async fn register_with_one_mistake(page: &Browser, portal: &Portal) {
    page.client.goto(&portal.url("/register")).await.unwrap();
    page.element_with_text("h1", "Реєстрація").await;
    page.type_into("field-email", "oksana@example.ua").await;
    page.type_into("field-password", "correct horse battery").await;
    page.type_into("field-full_name", "Коваленко Оксана Іванівна").await;
    page.type_into("field-rnokpp", "1234567890").await; // wrong check digit
    page.type_into("field-passport", "АА 123456").await;
    page.type_into("field-phone", "+380442535485").await;
    page.type_into("field-postal_code", "01001").await;
    page.type_into("field-address", "Київ, вул. Хрещатик, 1").await;
    page.type_into("field-region", "Київська область").await;
    page.element_with_text("button[type=submit]", "Зареєструватися").await.click().await.unwrap();

    // The error stands beside its field, is announced, and nothing typed is lost.
    page.element_with_text("#field-rnokpp-error", "контрольна цифра").await;
    page.element_with_text("[role=alert]", "Виправте").await;
    let rnokpp = page.client.find(Locator::Id("field-rnokpp")).await.unwrap();
    assert_eq!(rnokpp.attr("aria-invalid").await.unwrap().as_deref(), Some("true"));
    let kept = page.client.find(Locator::Id("field-full_name")).await.unwrap().prop("value").await.unwrap();
    assert_eq!(kept.as_deref(), Some("Коваленко Оксана Іванівна"));
    // Focus on the summary at the top; every field says it is required.
    assert_eq!(page.focused().await.1, "register-errors", "the summary takes focus");
    assert_eq!(page.client.find_all(Locator::Css("input[aria-required=true]")).await.unwrap().len(), 9);

    // The error goes as soon as the number is right.
    page.type_into("field-rnokpp", "1234567899").await;
    page.wait_for_count("#field-rnokpp-error", 0).await;
    page.element_with_text("button[type=submit]", "Зареєструватися").await.click().await.unwrap();
    page.element_with_text("[role=status]", "Ми надіслали лист").await;
}

/// Activation from the mailed link: only the password chosen at registration completes it.
async fn activate_from_the_outbox(page: &Browser, portal: &Portal) {
    let link = page.mailed_link(portal, "oksana@example.ua", "/activate?token=").await;
    page.client.goto(&link).await.unwrap();
    // Only the password chosen at registration completes the activation.
    page.client.wait().at_most(PATIENCE).for_element(Locator::Id("field-password")).await.unwrap();
    page.type_into("field-password", "not the password").await;
    page.element_with_text("button[type=submit]", "Активувати кабінет").await.click().await.unwrap();
    page.element_with_text("#field-password-error", "Пароль не збігається").await;
    page.assert_accessible("activation with an error").await;
    page.type_into("field-password", "correct horse battery").await;
    page.element_with_text("button[type=submit]", "Активувати кабінет").await.click().await.unwrap();
    page.element_with_text("[role=status]", "Кабінет активовано").await;
}

/// Sign-in (a wrong password first), a reload, and personal data.
async fn sign_in_and_edit_personal_data(page: &Browser, portal: &Portal) {
    page.client.goto(&portal.url("/sign-in")).await.unwrap();
    page.submit_sign_in("oksana@example.ua", "wrong password!!").await;
    page.element_with_text("[role=alert]", "Неправильна електронна адреса або пароль").await;
    page.submit_sign_in("oksana@example.ua", "correct horse battery").await;
    page.element_with_text(".ep-user", "oksana@example.ua").await;

    // A reload keeps the session (HttpOnly cookie).
    page.client.refresh().await.unwrap();

    // Personal data: the e-mail in the header opens it; a bad phone is refused
    // beside the field; a good one is saved and survives a reload.
    page.element_with_text(".ep-user", "oksana@example.ua").await.click().await.unwrap();
    page.element_with_text("h1", "Персональні дані").await;
    let phone = page.client.find(Locator::Id("field-phone")).await.unwrap();
    phone.clear().await.unwrap();
    phone.send_keys("12345").await.unwrap();
    page.element_with_text("form button[type=submit]", "Зберегти").await.click().await.unwrap();
    page.element_with_text("#field-phone-error", "+380XXXXXXXXX").await;
    page.assert_accessible("personal data with an error").await;
    let phone = page.client.find(Locator::Id("field-phone")).await.unwrap();
    phone.clear().await.unwrap();
    phone.send_keys("+375291234567").await.unwrap();
    let postal = page.client.find(Locator::Id("field-postal_code")).await.unwrap();
    postal.clear().await.unwrap();
    postal.send_keys("220030").await.unwrap();
    page.element_with_text("form button[type=submit]", "Зберегти").await.click().await.unwrap();
    page.element_with_text("[role=status]", "Дані збережено").await;
    page.client.refresh().await.unwrap();
    page.element_with_text("h1", "Персональні дані").await;
    let saved = page.client.wait().for_element(Locator::Id("field-phone")).await.unwrap();
    assert_eq!(saved.prop("value").await.unwrap().as_deref(), Some("+375291234567"));
}

/// Signing out, and a cabinet link that leads through sign-in back to it.
async fn sign_out_and_back_to_the_cabinet(page: &Browser, portal: &Portal) {
    // Signing out ends the session; the cabinet's direct link then leads to
    // sign-in and, after it, back to the cabinet.
    page.element_with_text("header button", "Вийти").await.click().await.unwrap();
    page.element_with_text("header a", "Зареєструватися").await;
    page.client.refresh().await.unwrap();
    page.element_with_text("header a", "Увійти до кабінету").await;
    page.client.goto(&portal.url("/cabinet/personal-data")).await.unwrap();
    page.element_with_text("h1", "Вхід до кабінету").await;
    assert_eq!(page.path().await, "/sign-in");
    page.submit_sign_in("oksana@example.ua", "correct horse battery").await;
    page.element_with_text("h1", "Персональні дані").await;
    assert_eq!(page.path().await, "/cabinet/personal-data");
}

/// «Безпека»: a new password, this session listed, sign out everywhere.
async fn change_password_and_sign_out_everywhere(page: &Browser, _portal: &Portal) {
    // Security: change the password (a mismatch first), see this session,
    // and sign out on all devices.
    page.element_with_text(".ep-tabs a", "Безпека").await.click().await.unwrap();
    page.element_with_text("h1", "Безпека").await;
    let tab = page.element_with_text(".ep-tabs a", "Безпека").await;
    assert_eq!(tab.attr("aria-current").await.unwrap().as_deref(), Some("page"));
    page.element_with_text("li", "цей пристрій").await;
    page.assert_accessible("the security tab").await;
    page.type_into("field-old_password", "correct horse battery").await;
    page.type_into("field-new_password", "a brand new password").await;
    page.type_into("field-confirm_password", "a brand new passwort").await;
    page.element_with_text("form button[type=submit]", "Зберегти").await.click().await.unwrap();
    page.element_with_text("#field-confirm_password-error", "Паролі не збігаються").await;
    page.type_into("field-confirm_password", "a brand new password").await;
    page.element_with_text("form button[type=submit]", "Зберегти").await.click().await.unwrap();
    page.element_with_text("[role=status]", "Пароль змінено").await;
    page.element_with_text("button", "Вийти на всіх пристроях").await.click().await.unwrap();
    page.element_with_text("header a", "Увійти до кабінету").await;
}

/// Orders a provider registered, read in Belarusian.
async fn read_orders_in_belarusian(page: &Browser, portal: &Portal) {
    // A provider registers Oksana's orders; she reads their statuses in Belarusian.
    for (status, date) in
        [("sent", "2024-03-01"), ("registered", "2024-02-01"), ("refused", "2024-01-10"), ("done", "2023-12-05")]
    {
        portal.insert_order("oksana@example.ua", status, date).await;
    }
    page.client.goto(&portal.url("/cabinet/orders")).await.unwrap();
    page.submit_sign_in("oksana@example.ua", "a brand new password").await;
    page.element_with_text("h1", "Замовлені послуги").await;
    page.element_with_text("button", "Беларуская").await.click().await.unwrap();
    page.element_with_text("h1", "Заказаныя паслугі").await;
    for status in [
        "Адпраўлена, чакае рэгістрацыі",
        "Зарэгістравана",
        "Адмоўлена або пакінута без разгляду",
        "Выканана, адказ дадзены",
    ] {
        page.element_with_text("td .ep-status", status).await;
    }
}

/// Deleting the cabinet: counted first, confirmed by the address; the orders stay, detached.
async fn delete_the_cabinet(page: &Browser, portal: &Portal) {
    // Delete the cabinet: what goes is counted first; a wrong confirmation
    // is refused beside its field; the address deletes it.
    page.element_with_text(".ep-tabs a", "Бяспека").await.click().await.unwrap();
    page.element_with_text("button", "Выдаліць кабінет…").await.click().await.unwrap();
    page.element_with_text("li", "1 актыўны сеанс").await;
    page.element_with_text("p", "Заказаныя паслугі (4) застануцца").await;
    page.type_into("field-confirmation", "так").await;
    page.element_with_text("form button[type=submit]", "Выдаліць кабінет назаўсёды").await.click().await.unwrap();
    page.element_with_text("#field-confirmation-error", "не супадае").await;
    page.assert_accessible("deleting the cabinet").await;
    page.type_into("field-confirmation", "Oksana@example.ua").await;
    page.element_with_text("form button[type=submit]", "Выдаліць кабінет назаўсёды").await.click().await.unwrap();
    page.element_with_text("h1", "Кабінет выдалены").await;
    page.element_with_text("header a", "Увайсці ў кабінет").await;
    page.client.goto(&portal.url("/sign-in")).await.unwrap();
    page.submit_sign_in("oksana@example.ua", "a brand new password").await;
    page.element_with_text("[role=alert]", "Няправільны электронны адрас або пароль").await;
    // Her orders stayed with the providers, detached from any account.
    let detached: (i64,) =
        sqlx::query_as("SELECT count(*) FROM orders WHERE user_id IS NULL").fetch_one(&portal.db).await.unwrap();
    assert_eq!(detached.0, 4);
}

#[tokio::test]
async fn a_forgotten_password_and_a_new_address_go_through_mailed_links() {
    let portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("uk").await;
    let page = &browser;
    page.client.goto(&portal.url("/sign-in")).await.unwrap();
    page.element_with_text("main a", "Забули пароль?").await.click().await.unwrap();
    page.element_with_text("h1", "Відновлення пароля").await;
    let email = page.client.find(Locator::Id("field-email")).await.unwrap();
    email.send_keys("demo@").await.unwrap();
    page.element_with_text("form button[type=submit]", "Надіслати посилання").await.click().await.unwrap();
    page.element_with_text("#field-email-error", "name@example.ua").await;
    email.send_keys("e-portal.example").await.unwrap();
    page.element_with_text("form button[type=submit]", "Надіслати посилання").await.click().await.unwrap();
    page.element_with_text("[role=status]", "Якщо кабінет із цією адресою існує").await;
    page.assert_accessible("the reset request page").await;

    let link = page.mailed_link(&portal, "demo@e-portal.example", "/reset-password?token=").await;
    page.client.goto(&link).await.unwrap();
    page.element_with_text("h1", "Новий пароль").await;
    page.type_into("field-new_password", "a brand new password").await;
    page.type_into("field-confirm_password", "a brand new passwort").await;
    page.element_with_text("form button[type=submit]", "Зберегти").await.click().await.unwrap();
    page.element_with_text("#field-confirm_password-error", "Паролі не збігаються").await;
    page.type_into("field-confirm_password", "a brand new password").await;
    page.element_with_text("form button[type=submit]", "Зберегти").await.click().await.unwrap();
    page.element_with_text("[role=status]", "Пароль змінено").await;

    page.client.goto(&portal.url("/cabinet/security")).await.unwrap();
    page.submit_sign_in("demo@e-portal.example", "a brand new password").await;
    page.element_with_text("h2", "Зміна електронної пошти").await;
    page.type_into("field-new_email", "petro@example.ua").await;
    page.type_into("field-password", "wrong password").await;
    page.element_with_text("form button[type=submit]", "Надіслати посилання на нову адресу")
        .await
        .click()
        .await
        .unwrap();
    page.element_with_text("#field-password-error", "Пароль не збігається").await;
    assert_eq!(
        page.client.find(Locator::Id("field-new_email")).await.unwrap().prop("value").await.unwrap().as_deref(),
        Some("petro@example.ua")
    );
    page.type_into("field-password", "a brand new password").await;
    page.element_with_text("form button[type=submit]", "Надіслати посилання на нову адресу")
        .await
        .click()
        .await
        .unwrap();
    page.element_with_text("[role=status]", "Ми надіслали посилання на petro@example.ua").await;
    // Nothing changes until the link is followed.
    page.element_with_text(".ep-user", "demo@e-portal.example").await;
    let link = page.mailed_link(&portal, "petro@example.ua", "/confirm-email?token=").await;
    page.client.goto(&link).await.unwrap();
    page.element_with_text("[role=status]", "Адресу електронної пошти кабінету змінено").await;
    page.element_with_text(".ep-user", "petro@example.ua").await;
    browser.close().await;
}

#[tokio::test]
async fn a_unique_identifier_signs_in_and_once_refused_is_blocked() {
    let portal = Portal::start(dist_dir()).await;
    let browser = Browser::start("be").await;
    let page = &browser;
    page.client.goto(&portal.url("/sign-in")).await.unwrap();
    page.element_with_text("h2", "Уваход па ўнікальным ідэнтыфікатары").await;
    let sign_in_by_identifier = || async {
        let field = page.client.find(Locator::Id("field-identifier")).await.unwrap();
        field.clear().await.unwrap();
        field.send_keys("1111 2222 3333").await.unwrap();
        let password = page.client.find(Locator::Id("field-identifier_password")).await.unwrap();
        password.clear().await.unwrap();
        password.send_keys("demo-password-2026").await.unwrap();
        page.client.find(Locator::Css("section form button[type=submit]")).await.unwrap().click().await.unwrap();
    };
    sign_in_by_identifier().await;
    page.element_with_text(".ep-user", "demo@e-portal.example").await;

    page.client.goto(&portal.url("/cabinet/security")).await.unwrap();
    page.element_with_text("p", "1111-2222-3333").await;
    page.assert_accessible("the security tab with an identifier").await;
    page.element_with_text("button", "Адмовіцца ад ідэнтыфікатара…").await.click().await.unwrap();
    page.element_with_text("[role=alertdialog] button", "Так, адмовіцца").await.click().await.unwrap();
    page.element_with_text("[role=status]", "уваход па ім заблакаваны").await;

    page.element_with_text("header button", "Выйсці").await.click().await.unwrap();
    // Signed out for sure before the next page load.
    page.element_with_text("header a", "Увайсці ў кабінет").await;
    page.client.goto(&portal.url("/sign-in")).await.unwrap();
    page.element_with_text("h2", "Уваход па ўнікальным ідэнтыфікатары").await;
    sign_in_by_identifier().await;
    page.element_with_text("[role=alert]", "Ад гэтага ідэнтыфікатара адмовіліся").await;
    browser.close().await;
}

/// A citizen of Belarus chooses Belarus: the Ukrainian РНОКПП gives way to
/// the personal identification number, the passport takes the Belarusian
/// format; a wrong number is explained beside its field and the form is
/// accessible either way.
#[tokio::test]
async fn a_citizen_of_belarus_registers_with_belarusian_documents() {
    let portal = Portal::start(dist_dir()).await;
    let page = Browser::start("uk").await;
    page.client.goto(&portal.url("/register")).await.unwrap();
    page.element_with_text("label", "РНОКПП (ідентифікаційний код, Україна)").await;
    page.type_into("field-email", "ales@example.by").await;
    page.type_into("field-password", "correct horse battery").await;
    page.type_into("field-full_name", "Ковальчук Алесь Іванович").await;
    page.element_with_text("label", "Республіка Білорусь").await.click().await.unwrap();
    page.element_with_text("label", "Ідентифікаційний номер (Республіка Білорусь)").await;
    assert!(page.client.find(Locator::Id("field-rnokpp")).await.is_err(), "no РНОКПП for Belarus");
    page.type_into("field-personal_number", "3010190Z001PB1").await; // Z is no region's letter
    page.type_into("field-by_passport", "MP1234567").await;
    page.type_into("field-phone", "+375291234567").await;
    page.type_into("field-postal_code", "220030").await;
    page.type_into("field-address", "Мінськ, вул. Леніна, 1").await;
    page.type_into("field-region", "Мінськ").await;
    page.element_with_text("button[type=submit]", "Зареєструватися").await.click().await.unwrap();
    page.element_with_text("#field-personal_number-error", "14 знаків").await;
    page.assert_accessible("registration with Belarusian documents and an error").await;
    page.type_into("field-personal_number", "3010190A001PB1").await;
    page.element_with_text("button[type=submit]", "Зареєструватися").await.click().await.unwrap();
    page.element_with_text("[role=status]", "Ми надіслали лист").await;
    page.close().await;
}
