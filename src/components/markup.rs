//! Views described as data: a small tree of elements and text, rendered by one function.
//!
//! Every `view!` shape is its own type, and Leptos compiles build, rebuild and unmount code for
//! each. The static parts of the page (cards, panels, the reader) are built as [`Node`] trees
//! instead, which all share a single rendered type, so a new shape costs no new code in the wasm.
//! In-app links are plain `<a href="?…">`; [`follow_links`] turns their clicks into navigation.

use std::borrow::Cow;

use leptos::prelude::*;
use leptos::tachys::html::attribute::any_attribute::{AnyAttribute, IntoAnyAttribute};
use leptos::tachys::html::attribute::custom::custom_attribute;
use leptos::tachys::html::element::custom;
use leptos::tachys::html::property::prop;
use wasm_bindgen::JsCast;

use crate::url::{self, Entry, Navigator};

/// Text that is either static or built at run time.
pub type Str = Cow<'static, str>;

/// An element or a text node.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    /// An element with its attributes and children.
    Element(Element),
    /// A text node (never parsed as HTML).
    Text(Str),
}

/// An element under construction: `el("p").class("kind").text("Cast")`.
#[derive(Clone, Debug, PartialEq)]
pub struct Element {
    tag: &'static str,
    attributes: Vec<(&'static str, Str)>,
    /// Boolean DOM properties (such as `checked`, which an attribute sets only until the user acts).
    properties: Vec<(&'static str, bool)>,
    children: Vec<Node>,
}

/// A new element with this tag name.
pub fn el(tag: &'static str) -> Element {
    Element { tag, attributes: Vec::new(), properties: Vec::new(), children: Vec::new() }
}

/// A link to another view of the app (its query string), followed without reloading the page.
pub fn link(href: String) -> Element {
    el("a").attr("href", if href.is_empty() { "?".into() } else { href })
}

impl Element {
    /// Adds an attribute.
    pub fn attr(mut self, name: &'static str, value: impl Into<Str>) -> Element {
        self.attributes.push((name, value.into()));
        self
    }

    /// Adds the attribute when `value` is `Some`.
    pub fn attr_if(self, name: &'static str, value: Option<impl Into<Str>>) -> Element {
        match value {
            Some(value) => self.attr(name, value),
            None => self,
        }
    }

    /// Sets a boolean DOM property.
    pub fn property(mut self, name: &'static str, value: bool) -> Element {
        self.properties.push((name, value));
        self
    }

    /// Sets the `class` attribute.
    pub fn class(self, value: impl Into<Str>) -> Element {
        self.attr("class", value)
    }

    /// Appends a child element or text.
    pub fn child(mut self, child: impl Into<Node>) -> Element {
        self.children.push(child.into());
        self
    }

    /// Appends a text child.
    pub fn text(self, text: impl Into<Str>) -> Element {
        self.child(Node::Text(text.into()))
    }

    /// Appends children.
    pub fn children(mut self, children: impl IntoIterator<Item = Node>) -> Element {
        self.children.extend(children);
        self
    }
}

impl From<Element> for Node {
    fn from(element: Element) -> Node {
        Node::Element(element)
    }
}

impl From<&'static str> for Node {
    fn from(text: &'static str) -> Node {
        Node::Text(text.into())
    }
}

impl From<String> for Node {
    fn from(text: String) -> Node {
        Node::Text(text.into())
    }
}

/// Renders a tree (or a list of trees) with Leptos; rebuilding reuses the DOM nodes that match.
pub fn render(nodes: Vec<Node>) -> Vec<AnyView> {
    nodes.into_iter().map(render_node).collect()
}

fn render_node(node: Node) -> AnyView {
    match node {
        Node::Text(text) => text.into_any(),
        Node::Element(Element { tag, attributes, properties, children }) => {
            let attributes = attributes.into_iter().map(|(name, value)| custom_attribute(name, value).into_any_attr());
            let properties = properties.into_iter().map(|(name, value)| prop(name, value).into_any_attr());
            let attributes: Vec<AnyAttribute> = attributes.chain(properties).collect();
            custom(tag).add_any_attr(attributes).child(render(children)).into_any()
        }
    }
}

/// Follows clicks on in-app links (`<a href="?…">`) by pushing their view state, so links built
/// as data need no handler of their own; modified clicks still open new tabs.
pub fn follow_links(nav: Navigator) {
    let handle = window_event_listener(leptos::ev::click, move |ev| {
        if ev.default_prevented()
            || ev.button() != 0
            || ev.ctrl_key()
            || ev.meta_key()
            || ev.shift_key()
            || ev.alt_key()
        {
            return;
        }
        let Some(anchor) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("a[href^='?']").ok().flatten())
        else {
            return;
        };
        if anchor.has_attribute("download") {
            return;
        }
        ev.prevent_default();
        nav.go(url::parse(&anchor.get_attribute("href").unwrap_or_default()), Entry::Push);
    });
    on_cleanup(move || handle.remove());
}
