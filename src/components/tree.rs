//! Markup trees as a Leptos view: built into the DOM once, then patched in place.
//!
//! [`Tree`] implements Leptos' `Render`, so `move || Tree(…)` re-renders whenever the signals
//! it reads change. A rebuild walks the previous tree and the new one side by side, matching
//! nodes by position: an element with the same tag is kept and only its changed attributes,
//! properties and children are touched, so focus, caret and scroll position survive.

use leptos::tachys::html::attribute::{Attribute, any_attribute::AnyAttribute};
use leptos::tachys::hydration::Cursor;
use leptos::tachys::renderer::types;
use leptos::tachys::view::add_attr::AddAnyAttr;
use leptos::tachys::view::{Mountable, Position, PositionState, Render, RenderHtml};
use wasm_bindgen::{JsCast, JsValue, UnwrapThrowExt};

use crate::components::markup::{Node, Parts, Property};

/// A list of trees rendered side by side as one view.
pub struct Tree(pub Vec<Node>);

/// What a [`Tree`] built: the trees it showed, the DOM it made of them, and an empty comment
/// after them that keeps their place in the parent, however many nodes they are (none too).
pub struct TreeState {
    nodes: Vec<Node>,
    mounted: Vec<Mounted>,
    end: web_sys::Comment,
}

/// A DOM node and, for an element, the DOM nodes of its children.
struct Mounted {
    dom: web_sys::Node,
    children: Vec<Mounted>,
}

/// Creates the DOM for `node`.
fn build(node: &Node) -> Mounted {
    let document = leptos::prelude::document();
    match node {
        Node::Text(text) => Mounted { dom: document.create_text_node(text).into(), children: Vec::new() },
        Node::Element(element) => {
            let Parts { tag, attributes, properties, children } = &*element.0;
            let element = document.create_element(tag).unwrap_throw();
            for (name, value) in attributes {
                let _ = element.set_attribute(name, value);
            }
            set_properties(&element, properties);
            let children = children
                .iter()
                .map(|child| {
                    let mounted = build(child);
                    let _ = element.append_child(&mounted.dom);
                    mounted
                })
                .collect();
            Mounted { dom: element.into(), children }
        }
    }
}

/// Sets DOM properties that differ from the element's. They are compared with the element
/// rather than the previous tree, as the user may have changed them since (a checkbox); an
/// unchanged `value` is left alone, so the caret, or a month input typed halfway, stays.
fn set_properties(element: &web_sys::Element, properties: &[(&'static str, Property)]) {
    for (name, value) in properties {
        let name = JsValue::from_str(name);
        let current = js_sys::Reflect::get(element, &name).unwrap_or_default();
        let value = match value {
            Property::Bool(flag) if current.as_bool() != Some(*flag) => JsValue::from_bool(*flag),
            Property::Text(text) if current.as_string().as_deref() != Some(&**text) => JsValue::from_str(text),
            _ => continue,
        };
        let _ = js_sys::Reflect::set(element, &name, &value);
    }
}

/// Turns the DOM built from `old` into that of `new`, keeping what both share.
fn patch(parent: &web_sys::Node, old: &Node, new: &Node, mounted: &mut Mounted) {
    match (old, new) {
        (Node::Text(old), Node::Text(new)) => {
            if old != new {
                mounted.dom.set_node_value(Some(new));
            }
        }
        (Node::Element(old), Node::Element(new)) if old.0.tag == new.0.tag => {
            let (old, new) = (&*old.0, &*new.0);
            let element: &web_sys::Element = mounted.dom.unchecked_ref();
            for (name, _) in &old.attributes {
                if !new.attributes.iter().any(|(n, _)| n == name) {
                    let _ = element.remove_attribute(name);
                }
            }
            for (name, value) in &new.attributes {
                if old.attributes.iter().find(|(n, _)| n == name).is_none_or(|(_, v)| v != value) {
                    let _ = element.set_attribute(name, value);
                }
            }
            set_properties(element, &new.properties);
            patch_children(&mounted.dom, &old.children, &new.children, &mut mounted.children, None);
        }
        _ => {
            let fresh = build(new);
            let _ = parent.replace_child(&fresh.dom, &mounted.dom);
            *mounted = fresh;
        }
    }
}

/// Patches a list of siblings; nodes beyond the old list are inserted before `next`.
fn patch_children(
    parent: &web_sys::Node,
    old: &[Node],
    new: &[Node],
    mounted: &mut Vec<Mounted>,
    next: Option<&web_sys::Node>,
) {
    for (index, node) in new.iter().enumerate() {
        match (old.get(index), mounted.get_mut(index)) {
            (Some(previous), Some(dom)) => patch(parent, previous, node, dom),
            _ => {
                let fresh = build(node);
                let _ = parent.insert_before(&fresh.dom, next);
                mounted.push(fresh);
            }
        }
    }
    for gone in mounted.drain(new.len()..) {
        let _ = parent.remove_child(&gone.dom);
    }
}

/// Takes `node` out of its parent, if it has one.
fn detach(node: &web_sys::Node) {
    if let Some(parent) = node.parent_node() {
        let _ = parent.remove_child(node);
    }
}

impl Render for Tree {
    type State = TreeState;

    fn build(self) -> TreeState {
        let mounted = self.0.iter().map(build).collect();
        TreeState { nodes: self.0, mounted, end: leptos::prelude::document().create_comment("") }
    }

    fn rebuild(self, state: &mut TreeState) {
        let Some(parent) = state.end.parent_node() else {
            // Not in the page: what `mount` inserts next is simply built anew.
            *state = self.build();
            return;
        };
        patch_children(&parent, &state.nodes, &self.0, &mut state.mounted, Some(&state.end));
        state.nodes = self.0;
    }
}

impl Mountable for TreeState {
    fn unmount(&mut self) {
        for mounted in &self.mounted {
            detach(&mounted.dom);
        }
        detach(&self.end);
    }

    fn mount(&mut self, parent: &types::Element, marker: Option<&types::Node>) {
        for mounted in &self.mounted {
            let _ = parent.insert_before(&mounted.dom, marker);
        }
        let _ = parent.insert_before(&self.end, marker);
    }

    fn insert_before_this(&self, child: &mut dyn Mountable) -> bool {
        let first: &web_sys::Node = match self.mounted.first() {
            Some(mounted) => &mounted.dom,
            None => &self.end,
        };
        match first.parent_node() {
            Some(parent) => {
                child.mount(parent.unchecked_ref(), Some(first));
                true
            }
            None => false,
        }
    }

    fn elements(&self) -> Vec<types::Element> {
        let elements = self.mounted.iter().filter(|m| m.dom.node_type() == web_sys::Node::ELEMENT_NODE);
        elements.map(|m| m.dom.clone().unchecked_into()).collect()
    }
}

impl AddAnyAttr for Tree {
    type Output<SomeNewAttr: Attribute> = Tree;

    /// Attributes belong on the tree's elements; none is added from outside.
    fn add_any_attr<NewAttr: Attribute>(self, _attr: NewAttr) -> Tree {
        self
    }
}

/// The app renders in the browser only: there is no server-side HTML to write or hydrate.
impl RenderHtml for Tree {
    type AsyncOutput = Tree;
    type Owned = Tree;
    const MIN_LENGTH: usize = 0;

    fn dry_resolve(&mut self) {}

    async fn resolve(self) -> Tree {
        self
    }

    fn to_html_with_buf(
        self,
        _buf: &mut String,
        _position: &mut Position,
        _escape: bool,
        _mark_branches: bool,
        _extra_attrs: Vec<AnyAttribute>,
    ) {
    }

    /// Never called: there is no server-rendered HTML to hydrate, so the tree is built anew.
    fn hydrate<const FROM_SERVER: bool>(self, _cursor: &Cursor, _position: &PositionState) -> TreeState {
        self.build()
    }

    fn into_owned(self) -> Tree {
        self
    }
}
