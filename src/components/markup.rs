//! Views described as data: a small tree of elements and text, rendered by one function.
//!
//! Every `view!` shape is its own type, and Leptos compiles build, rebuild and unmount code for
//! each. The static parts of the page (cards, panels, the reader) are built as [`Node`] trees
//! instead, which all share a single rendered type, so a new shape costs no new code in the wasm.
//! The whole page is such a tree; in-app links are plain `<a href="?…">` and controls carry
//! their meaning in attributes, so a few delegated listeners serve them all.

use std::borrow::Cow;

use leptos::prelude::*;
use leptos::tachys::html::attribute::{Attribute, NamedAttributeKey, NextAttribute};
use leptos::tachys::html::element::custom;
use wasm_bindgen::JsValue;

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

/// An element under construction: `el("p").class("kind").text("Cast")`.
#[derive(Clone, Debug, PartialEq)]
pub struct Element {
    tag: &'static str,
    attributes: Vec<(&'static str, Str)>,
    /// DOM properties (`checked`, `value`), which an attribute sets only until the user acts.
    properties: Vec<(&'static str, Property)>,
    children: Vec<Node>,
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
    Element { tag, attributes: Vec::new(), properties: Vec::new(), children: Vec::new() }
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

    /// Sets a DOM property, applied on every build and rebuild (so a `checked` the user toggled
    /// follows the state again); give it on every build of the element.
    pub fn property(mut self, name: &'static str, value: impl Into<Property>) -> Element {
        self.properties.push((name, value.into()));
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
        self.children.push(child.into());
        self
    }

    /// Appends a text child.
    #[inline(never)]
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

/// Renders a tree (or a list of trees) with Leptos; a rebuild matches old and new nodes by
/// position, updates in place those with the same tag, and touches only what changed.
pub fn render(nodes: Vec<Node>) -> Vec<AnyView> {
    nodes.into_iter().map(render_node).collect()
}

fn render_node(node: Node) -> AnyView {
    match node {
        Node::Text(text) => text.into_any(),
        Node::Element(Element { tag, attributes, properties, children }) => {
            // Upper case, as the DOM reports `tagName`: Leptos rebuilds a custom element in place
            // only when its tag equals the mounted element's `tagName`, and replaces it otherwise.
            let tag = tag.to_ascii_uppercase();
            custom(tag).add_any_attr(Attributes { attributes, properties }).child(render(children)).into_any()
        }
    }
}

/// An element's attributes and properties as one Leptos attribute that rebuilds by difference
/// (a `Vec<AnyAttribute>` would remove and set every attribute again on each rebuild).
#[derive(Clone, Debug, PartialEq)]
struct Attributes {
    attributes: Vec<(&'static str, Str)>,
    properties: Vec<(&'static str, Property)>,
}

impl Attributes {
    /// Setting an unchanged `value` leaves the caret where it is, so typing is not disturbed.
    fn set_properties(&self, element: &web_sys::Element) {
        for (name, value) in &self.properties {
            let value = match value {
                Property::Bool(flag) => JsValue::from_bool(*flag),
                Property::Text(text) => JsValue::from_str(text),
            };
            let _ = js_sys::Reflect::set(element, &(*name).into(), &value);
        }
    }
}

impl NextAttribute for Attributes {
    type Output<NewAttr: Attribute> = (Attributes, NewAttr);

    fn add_any_attr<NewAttr: Attribute>(self, new_attr: NewAttr) -> Self::Output<NewAttr> {
        (self, new_attr)
    }
}

impl Attribute for Attributes {
    const MIN_LENGTH: usize = 0;
    type State = (web_sys::Element, Attributes);
    type AsyncOutput = Attributes;
    type Cloneable = Attributes;
    type CloneableOwned = Attributes;

    fn html_len(&self) -> usize {
        0
    }

    /// The app renders in the browser only; there is no server-side HTML.
    fn to_html(self, _buf: &mut String, _class: &mut String, _style: &mut String, _inner_html: &mut String) {}

    fn hydrate<const FROM_SERVER: bool>(self, element: &web_sys::Element) -> Self::State {
        self.build(element)
    }

    fn build(self, element: &web_sys::Element) -> Self::State {
        for (name, value) in &self.attributes {
            let _ = element.set_attribute(name, value);
        }
        self.set_properties(element);
        (element.clone(), self)
    }

    fn rebuild(self, (element, old): &mut Self::State) {
        for (name, _) in &old.attributes {
            if !self.attributes.iter().any(|(n, _)| n == name) {
                let _ = element.remove_attribute(name);
            }
        }
        for (name, value) in &self.attributes {
            if old.attributes.iter().find(|(n, _)| n == name).is_none_or(|(_, v)| v != value) {
                let _ = element.set_attribute(name, value);
            }
        }
        // Properties are set every time: the user may have changed them since (a checkbox).
        self.set_properties(element);
        *old = self;
    }

    fn into_cloneable(self) -> Self::Cloneable {
        self
    }

    fn into_cloneable_owned(self) -> Self::CloneableOwned {
        self
    }

    fn dry_resolve(&mut self) {}

    async fn resolve(self) -> Self::AsyncOutput {
        self
    }

    fn keys(&self) -> Vec<NamedAttributeKey> {
        let attributes = self.attributes.iter().map(|(n, _)| NamedAttributeKey::Attribute((*n).into()));
        attributes.chain(self.properties.iter().map(|(n, _)| NamedAttributeKey::Property((*n).into()))).collect()
    }
}
