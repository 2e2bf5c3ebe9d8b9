//! Light/dark theme: follows the system until the user picks one, and the pick persists.

use leptos::prelude::*;

const STORAGE_KEY: &str = "theme";

/// A stored theme preference.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    /// Follow `prefers-color-scheme`.
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// Parses a stored value; anything unknown or corrupted means [`Theme::System`].
    pub fn parse(stored: Option<&str>) -> Theme {
        match stored {
            Some("light") => Theme::Light,
            Some("dark") => Theme::Dark,
            _ => Theme::System,
        }
    }

    fn next(self) -> Theme {
        match self {
            Theme::System => Theme::Light,
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::System,
        }
    }

    fn key(self) -> Option<&'static str> {
        match self {
            Theme::System => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        }
    }

    fn label(self) -> &'static str {
        match self {
            Theme::System => "Theme: system",
            Theme::Light => "Theme: light",
            Theme::Dark => "Theme: dark",
        }
    }

    /// The stored theme, applied to the page.
    pub fn restore() -> Theme {
        let stored = storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
        let theme = Theme::parse(stored.as_deref());
        theme.apply();
        theme
    }

    /// The next theme in the cycle, applied and stored.
    pub fn cycle(self) -> Theme {
        let next = self.next();
        next.apply();
        if let Some(s) = storage() {
            let _ = match next.key() {
                Some(key) => s.set_item(STORAGE_KEY, key),
                None => s.remove_item(STORAGE_KEY),
            };
        }
        next
    }

    fn apply(self) {
        if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
            let _ = match self.key() {
                Some(key) => root.set_attribute("data-theme", key),
                None => root.remove_attribute("data-theme"),
            };
        }
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The button cycling system → light → dark; it starts at the stored theme, which the page's
/// boot script has already applied before the first paint.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let theme = RwSignal::new(if is_server() { Theme::System } else { Theme::restore() });
    view! {
        <button type="button" class="ghost needs-script" data-testid="theme" on:click=move |_| theme.update(|t| *t = t.cycle())>
            {move || theme.get().label()}
        </button>
    }
}
