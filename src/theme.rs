//! The visual theme: colours, spacing and type scale, given to components
//! through a context. Colour pairs are chosen for WCAG AA contrast (4.5:1 for
//! text) on their backgrounds; `contrast` is a high-contrast variant a host
//! page can ask for with `data-theme="contrast"`.

use yew::prelude::*;

#[derive(Clone, Debug, PartialEq)]
pub struct Colors {
    pub text: &'static str,
    pub muted_text: &'static str,
    pub background: &'static str,
    pub surface: &'static str,
    pub border: &'static str,
    pub primary: &'static str,
    pub on_primary: &'static str,
    pub link: &'static str,
    pub focus: &'static str,
    pub danger: &'static str,
    pub success: &'static str,
    pub header_bg: &'static str,
    pub on_header: &'static str,
    pub footer_bg: &'static str,
    pub on_footer: &'static str,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Theme {
    pub name: &'static str,
    pub colors: Colors,
    /// Spacing steps: xs, s, m, l, xl.
    pub space: [&'static str; 5],
    /// Type scale: small, body, h3, h2, h1.
    pub font_size: [&'static str; 5],
    pub radius: &'static str,
    /// Narrow-screen breakpoint for layout changes.
    pub narrow: &'static str,
}

impl Theme {
    pub fn by_name(name: &str) -> Theme {
        match name {
            "contrast" => Theme::contrast(),
            _ => Theme::default_theme(),
        }
    }

    pub fn default_theme() -> Theme {
        Theme {
            name: "default",
            colors: Colors {
                text: "#1a1a1a",
                muted_text: "#4d4d4d",
                background: "#ffffff",
                surface: "#f3f5f8",
                border: "#8a94a6",
                primary: "#0b4fa3",
                on_primary: "#ffffff",
                link: "#0b4fa3",
                focus: "#ffbf47",
                danger: "#b00020",
                success: "#1e6b34",
                header_bg: "#0d2b52",
                on_header: "#ffffff",
                footer_bg: "#1f2933",
                on_footer: "#ffffff",
            },
            space: ["0.25rem", "0.5rem", "1rem", "1.5rem", "2.5rem"],
            font_size: ["0.875rem", "1rem", "1.125rem", "1.375rem", "1.75rem"],
            radius: "6px",
            narrow: "40rem",
        }
    }

    pub fn contrast() -> Theme {
        let base = Theme::default_theme();
        Theme {
            name: "contrast",
            colors: Colors {
                text: "#000000",
                muted_text: "#000000",
                background: "#ffffff",
                surface: "#ffffff",
                border: "#000000",
                primary: "#000000",
                on_primary: "#ffffff",
                link: "#0000c0",
                focus: "#ff8c00",
                header_bg: "#000000",
                footer_bg: "#000000",
                ..base.colors
            },
            ..base
        }
    }

    /// The theme as CSS custom properties, set on the portal's root element
    /// so that the global stylesheet in `styles/` follows the theme too.
    pub fn css_variables(&self) -> String {
        let c = &self.colors;
        format!(
            "--ep-text:{};--ep-muted:{};--ep-bg:{};--ep-surface:{};--ep-border:{};\
             --ep-primary:{};--ep-on-primary:{};--ep-link:{};--ep-focus:{};--ep-danger:{};\
             --ep-success:{};--ep-radius:{};",
            c.text,
            c.muted_text,
            c.background,
            c.surface,
            c.border,
            c.primary,
            c.on_primary,
            c.link,
            c.focus,
            c.danger,
            c.success,
            self.radius
        )
    }
}

#[hook]
pub fn use_theme() -> Theme {
    use_context::<Theme>().unwrap_or_else(Theme::default_theme)
}
