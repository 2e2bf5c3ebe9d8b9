//! Views described as data: a small tree of elements and text, rendered by one function.
//!
//! Every `view!` shape is its own type, and Leptos compiles build, rebuild and unmount code for
//! each. The static parts of the page (cards, panels, the reader) are built as [`Node`] trees
//! instead, which all share a single rendered type, so a new shape costs no new code in the wasm.
//! The whole page is such a tree, rendered and patched by [`super::tree`]; in-app links are plain
//! `<a href="?…">` and controls carry their meaning in attributes, so a few delegated listeners
//! serve them all.

use std::borrow::Cow;

use crate::url;
use crate::view_state::ViewState;

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

/// An element under construction: `el("p").class("kind").text("Cast")`. Boxed, so that each
/// step of a builder chain moves a pointer rather than the whole element.
#[derive(Clone, Debug, PartialEq)]
pub struct Element(pub(super) Box<Parts>);

/// What an element is made of.
#[derive(Clone, Debug, PartialEq)]
pub struct Parts {
    pub(super) tag: &'static str,
    pub(super) attributes: Vec<(&'static str, Str)>,
    /// DOM properties (`checked`, `value`), which an attribute sets only until the user acts.
    pub(super) properties: Vec<(&'static str, Property)>,
    pub(super) children: Vec<Node>,
}

/// The value of a DOM property.
#[derive(Clone, Debug, PartialEq)]
pub enum Property {
    /// A flag, such as `checked`.
    Bool(bool),
    /// Text, such as an input's `value`.
    Text(Str),
}

impl From<bool> for Property {
    fn from(value: bool) -> Property {
        Property::Bool(value)
    }
}

impl From<String> for Property {
    fn from(value: String) -> Property {
        Property::Text(value.into())
    }
}

/// A new element with this tag name.
#[inline(never)]
pub fn el(tag: &'static str) -> Element {
    Element(Box::new(Parts { tag, attributes: Vec::new(), properties: Vec::new(), children: Vec::new() }))
}

/// A link to another view of the app (its query string), followed without reloading the page.
pub fn link(to: &ViewState) -> Element {
    let href = url::serialize(to);
    el("a").attr("href", if href.is_empty() { "?".into() } else { href })
}

impl Element {
    /// Adds an attribute.
    #[inline(never)]
    pub fn attr(mut self, name: &'static str, value: impl Into<Str>) -> Element {
        self.0.attributes.push((name, value.into()));
        self
    }

    /// Adds the attribute when `value` is `Some`.
    pub fn attr_if(self, name: &'static str, value: Option<impl Into<Str>>) -> Element {
        match value {
            Some(value) => self.attr(name, value),
            None => self,
        }
    }

    /// Sets a DOM property, applied on every build and rebuild (so a `checked` the user toggled
    /// follows the state again); give it on every build of the element.
    pub fn property(mut self, name: &'static str, value: impl Into<Property>) -> Element {
        self.0.properties.push((name, value.into()));
        self
    }

    /// Sets the `class` attribute.
    #[inline(never)]
    pub fn class(self, value: impl Into<Str>) -> Element {
        self.attr("class", value)
    }

    /// Appends a child element or text.
    #[inline(never)]
    pub fn child(mut self, child: impl Into<Node>) -> Element {
        self.0.children.push(child.into());
        self
    }

    /// Appends a text child.
    #[inline(never)]
    pub fn text(self, text: impl Into<Str>) -> Element {
        self.child(Node::Text(text.into()))
    }

    /// Appends children.
    pub fn children(mut self, children: impl IntoIterator<Item = Node>) -> Element {
        self.0.children.extend(children);
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
