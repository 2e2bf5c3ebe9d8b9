//! The JavaScript API for embedding and the console (through `serde-wasm-bindgen`):
//! `filterCards(query)` returns the cards a view shows. The whole knowledge base is the static
//! `knowledge.json` beside the page.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::cards::{Subject, index};
use crate::filter;
use crate::view_state::ViewState;

/// A string, or an integer written as in URLs (`year: 2021`).
fn text(value: &JsValue) -> Option<String> {
    value
        .as_string()
        .or_else(|| value.as_f64().filter(|n| n.fract() == 0.0 && n.abs() < 1e9).map(|n| (n as i32).to_string()))
}

/// Keys a query object may have: the URL's filter keys.
const QUERY_KEYS: [&str; 8] = ["q", "kind", "dept", "job", "year", "src", "from", "to"];

/// The view state a query object describes: each key holds a string, an integer or a list of
/// them, as in URLs; other keys, other types and invalid values are ignored. Read through `js_sys` rather
/// than a serde `Deserialize`, whose error messages would pull float formatting into the wasm.
pub fn query_state(query: &JsValue) -> ViewState {
    let mut pairs = Vec::new();
    if query.is_object() {
        for key in QUERY_KEYS {
            let value = js_sys::Reflect::get(query, &key.into()).unwrap_or_default();
            if js_sys::Array::is_array(&value) {
                pairs.extend(js_sys::Array::from(&value).iter().filter_map(|v| text(&v)).map(|v| (key, v)));
            } else {
                pairs.extend(text(&value).map(|v| (key, v)));
            }
        }
    }
    ViewState::from_pairs(pairs)
}

/// A card as returned to JavaScript.
#[derive(Debug, Serialize)]
pub struct CardSummary {
    /// `kind:id`.
    pub key: String,
    /// Name or summary.
    pub title: &'static str,
    /// Departments.
    pub departments: Vec<&'static str>,
    /// Jobs.
    pub jobs: Vec<&'static str>,
    /// Date as `YYYY[-MM[-DD]]`.
    pub date: Option<String>,
    /// Source document ids.
    pub sources: Vec<&'static str>,
    /// True when sources disagree on one of its facts.
    pub disputed: bool,
}

/// Summaries of the cards at these index positions.
pub fn summaries(positions: &[usize]) -> Vec<CardSummary> {
    let idx = index();
    positions
        .iter()
        .map(|&p| {
            let c = &idx.cards[p];
            CardSummary {
                key: c.key.clone(),
                title: c.title,
                departments: c.departments.clone(),
                jobs: c.jobs.clone(),
                date: c
                    .date
                    .filter(|_| matches!(c.subject, Subject::Event(_) | Subject::Source(_)))
                    .map(crate::dates::iso),
                sources: c.sources.iter().map(|&d| &*idx.kb.documents[d as usize].id).collect(),
                disputed: !c.disputes.is_empty(),
            }
        })
        .collect()
}

/// Returns the cards matching a query object, e.g. `filterCards({q: "director", kind: ["crew"]})`.
#[wasm_bindgen(js_name = filterCards)]
pub fn filter_cards(query: JsValue) -> Result<JsValue, JsError> {
    let results = filter::run(index(), &query_state(&query));
    Ok(serde_wasm_bindgen::to_value(&summaries(&results.matching))?)
}
