//! The interface's own texts on the server: the same Fluent files the SPA
//! reads (`locales/{uk,be,en}/portal.ftl`), for the few pages the server
//! renders itself (the printable payment slip), the mail's texts
//! (`locales/{uk,be,en}/mail.ftl`) and the texts only the server writes
//! (`locales/{uk,be,en}/server.ftl`: the sandbox provider's pages, the QR
//! code's purpose of payment), so a text is written once and the locale
//! test keeps all three languages in step.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use portal_model::lang::Lang;
use std::sync::LazyLock;

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: LazyLock<[Bundle; 3]> = LazyLock::new(|| {
    [
        bundle(
            Lang::Uk,
            [
                include_str!("../../../locales/uk/portal.ftl"),
                include_str!("../../../locales/uk/mail.ftl"),
                include_str!("../../../locales/uk/server.ftl"),
            ],
        ),
        bundle(
            Lang::Be,
            [
                include_str!("../../../locales/be/portal.ftl"),
                include_str!("../../../locales/be/mail.ftl"),
                include_str!("../../../locales/be/server.ftl"),
            ],
        ),
        bundle(
            Lang::En,
            [
                include_str!("../../../locales/en/portal.ftl"),
                include_str!("../../../locales/en/mail.ftl"),
                include_str!("../../../locales/en/server.ftl"),
            ],
        ),
    ]
});

fn bundle(lang: Lang, sources: [&str; 3]) -> Bundle {
    let id = lang.code().parse().expect("uk, be and en are language ids");
    let mut bundle = Bundle::new_concurrent(vec![id]);
    // (No invisible isolation marks around arguments: the text is HTML or mail.)
    bundle.set_use_isolating(false);
    for source in sources {
        let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(resource, _)| resource);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// The message `id` in `lang` with its arguments; the id itself when the
/// message is missing (the locale test makes that a failing test).
pub fn text(lang: Lang, id: &str, args: &[(&str, String)]) -> String {
    let bundle = &BUNDLES[Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)];
    let Some(pattern) = bundle.get_message(id).and_then(|message| message.value()) else { return id.to_owned() };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, FluentValue::from(value.clone()));
    }
    let mut errors = Vec::new();
    bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned()
}

/// The stored instant `at` as `country`'s clock shows it, with that clock
/// named («07.12.2026 20:48 за київським часом»): a mail or a document does
/// not know its reader's zone. `at` itself if it is not an instant.
pub fn local_time(lang: Lang, country: &str, at: &str) -> String {
    match crate::platform::clock::local_time_in(country, at) {
        Some(time) => text(lang, crate::platform::clock::zone_message(country), &[("time", time)]),
        None => at.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_come_from_the_interface_files_in_each_language() {
        assert_eq!(text(Lang::Uk, "order-payment-amount", &[]), "Сума");
        assert_eq!(text(Lang::En, "order-payment-amount", &[]), "Amount");
        assert!(text(Lang::Be, "order-payment-for", &[("provider", "X".into())]).ends_with(", X"));
        assert_eq!(text(Lang::Uk, "no-such-message", &[]), "no-such-message");
    }

    #[test]
    fn a_time_is_written_on_the_countrys_clock_and_names_it() {
        let at = "2026-12-07T18:48:00Z";
        assert_eq!(local_time(Lang::Uk, "UA", at), "07.12.2026 20:48 за київським часом");
        assert_eq!(local_time(Lang::Be, "BY", at), "07.12.2026 21:48 па мінскім часе");
        assert_eq!(local_time(Lang::En, "UA", at), "07.12.2026 20:48 Kyiv time");
    }
}
