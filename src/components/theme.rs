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
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

fn apply(theme: Theme) {
    if let Some(root) = document().document_element() {
        let _ = match theme.key() {
            Some(key) => root.set_attribute("data-theme", key),
            None => root.remove_attribute("data-theme"),
        };
    }
}

/// A button cycling system → light → dark, stored in `localStorage`.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let stored = storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
    let theme = RwSignal::new(Theme::parse(stored.as_deref()));
    apply(theme.get_untracked());
    let cycle = move |_| {
        let next = theme.get_untracked().next();
        theme.set(next);
        apply(next);
        if let Some(s) = storage() {
            let _ = match next.key() {
                Some(key) => s.set_item(STORAGE_KEY, key),
                None => s.remove_item(STORAGE_KEY),
            };
        }
    };
    view! {
        <button type="button" class="ghost" data-testid="theme" on:click=cycle>
            {move || theme.get().label()}
        </button>
    }
}
