//! The last line of defence: if the app ever panics, the wasm instance stops,
//! so rather than leave a frozen or blank page the panic hook writes a short
//! notice in all three languages with a reload link. It uses no Fluent and
//! no Yew, since either may be what failed.

use wasm_bindgen::JsCast;

const NOTICE: &str = "<div role=\"alert\" class=\"ep-crash\" style=\"padding:1rem;margin:1rem;border:3px solid #b00020;background:#fff;color:#1a1a1a\">\
<p lang=\"uk\">Сталася помилка на сторінці. Ваші дані на сервері не втрачено. <a href=\"\">Оновити сторінку</a></p>\
<p lang=\"be\">На старонцы адбылася памылка. Вашы даныя на серверы не страчаны. <a href=\"\">Абнавіць старонку</a></p>\
<p lang=\"en\">Something went wrong on this page. Nothing stored on the server was lost. <a href=\"\">Reload the page</a></p>\
</div>";

pub fn install(host: web_sys::Element) {
    std::panic::set_hook(Box::new(move |info| {
        gloo::console::error!(format!("e-portal stopped: {info}"));
        show(&host);
    }));
}

/// Puts the notice at the top of the portal inside `host`.
pub fn show(host: &web_sys::Element) {
    let target = host.query_selector(".ep-root").ok().flatten().unwrap_or_else(|| host.clone());
    let _ = target.insert_adjacent_html("afterbegin", NOTICE);
    let notice = target.first_element_child().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(notice) = notice {
        let _ = notice.set_attribute("tabindex", "-1");
        let _ = notice.focus();
    }
}
