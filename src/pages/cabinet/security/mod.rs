//! The cabinet's «Безпека» (seed 000, Fig. 5), one section each: change the
//! password (old, new, confirm), the unique identifier, change the e-mail
//! address (by a link), the active sessions with «sign out everywhere», and
//! deleting the cabinet.

mod delete_cabinet;
mod email_change;
mod identifier;
mod password_form;
mod sessions;

use crate::account_context::{AccountState, use_require_sign_in};
use crate::components::cabinet_tabs::CabinetTabs;
use crate::components::document_title::use_document_title;
use crate::components::loading::Loading;
use crate::i18n::use_i18n;
use crate::routes::Route;
use delete_cabinet::DeleteCabinet;
use email_change::EmailChangeForm;
use identifier::IdentifierSection;
use password_form::{PasswordForm, PasswordOf};
use sessions::Sessions;
use yew::prelude::*;

#[function_component(SecurityPage)]
pub fn security_page() -> Html {
    let i18n = use_i18n();
    let account = use_require_sign_in(Route::Security);
    use_document_title(i18n.t("security-title"));
    let AccountState::SignedIn(signed_in) = &account.state else {
        return html! { <Loading /> };
    };
    let csrf = signed_in.csrf_token.clone();
    html! {
        <div class="ep-page ep-prose">
            <CabinetTabs current={Route::Security} />
            <h1>{ i18n.t("security-title") }</h1>
            <PasswordForm csrf={csrf.clone()} of={PasswordOf::Account} />
            <IdentifierSection csrf={csrf.clone()} />
            <EmailChangeForm csrf={csrf.clone()} />
            <Sessions csrf={csrf.clone()} />
            <DeleteCabinet {csrf} email={signed_in.profile.email.clone()} />
        </div>
    }
}
