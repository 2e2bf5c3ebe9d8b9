//! The search box: results follow each keystroke, `/` focuses it, `Esc` clears it (see
//! [`events`](super::events)).

use crate::components::markup::{Node, el};

/// The search input, showing the `q` parameter.
pub fn search_box(q: &str) -> Node {
    el("div")
        .class("search")
        .attr("role", "search")
        .child(el("label").attr("for", "search").text("Search"))
        .child(
            el("input")
                .attr("id", "search")
                .attr("type", "search")
                .attr("autocomplete", "off")
                .attr("spellcheck", "false")
                .attr("placeholder", "Names, characters, jobs, places, events…  ( / )")
                .property("value", q.to_owned()),
        )
        .into()
}
