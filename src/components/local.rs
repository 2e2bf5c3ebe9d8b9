//! What the page remembers outside the URL: choices not worth sharing in a link.

use crate::components::paging::Shown;
use crate::components::theme::Theme;

/// The page's own state, beside the [`ViewState`](crate::view_state::ViewState) of the URL.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Local {
    /// How many cards or events the lists show.
    pub shown: Shown,
    /// The facet panel is unfolded on narrow screens.
    pub filters_open: bool,
    /// "Copy link" just copied.
    pub copied: bool,
    /// The colour theme.
    pub theme: Theme,
}

impl Local {
    /// The state of a fresh page: the stored theme, everything else at rest.
    pub fn restore() -> Local {
        Local { shown: Shown::default(), filters_open: false, copied: false, theme: Theme::restore() }
    }
}
