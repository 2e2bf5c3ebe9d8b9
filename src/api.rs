//! The JavaScript API for embedding and the console (through `serde-wasm-bindgen`):
//! `filterCards(query)` returns the cards a view shows; `knowledgeBase()` returns everything.

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use crate::cards::{Subject, index};
use crate::filter;
use crate::view_state::ViewState;

/// A query object: the same keys as the URL (`q`, `kind`, `dept`, `job`, `year`, `src`, `from`, `to`).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CardQuery {
    q: String,
    kind: Vec<String>,
    dept: Vec<String>,
    job: Vec<String>,
    year: Vec<String>,
    src: Vec<String>,
    from: Option<String>,
    to: Option<String>,
}

impl CardQuery {
    /// The view state this query describes (invalid values dropped, as in URLs).
    pub fn to_state(&self) -> ViewState {
        let many =
            |key: &'static str, values: &[String]| values.iter().map(move |v| (key, v.clone())).collect::<Vec<_>>();
        let mut pairs = vec![("q", self.q.clone())];
        pairs.extend(many("kind", &self.kind));
        pairs.extend(many("dept", &self.dept));
        pairs.extend(many("job", &self.job));
        pairs.extend(many("year", &self.year));
        pairs.extend(many("src", &self.src));
        pairs.extend(self.from.clone().map(|v| ("from", v)));
        pairs.extend(self.to.clone().map(|v| ("to", v)));
        ViewState::from_pairs(pairs)
    }
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
                disputed: c.disputed,
            }
        })
        .collect()
}

/// Returns the cards matching a query object, e.g. `filterCards({q: "director", kind: ["crew"]})`.
#[wasm_bindgen(js_name = filterCards)]
pub fn filter_cards(query: JsValue) -> Result<JsValue, JsError> {
    let query: CardQuery = if query.is_undefined() || query.is_null() {
        CardQuery::default()
    } else {
        serde_wasm_bindgen::from_value(query)?
    };
    let results = filter::run(index(), &query.to_state());
    Ok(serde_wasm_bindgen::to_value(&summaries(&results.matching))?)
}

/// Returns the whole knowledge base (schema in the README).
#[wasm_bindgen(js_name = knowledgeBase)]
pub fn knowledge_base() -> Result<JsValue, JsError> {
    Ok(serde_wasm_bindgen::to_value(&crate::knowledge_base::KNOWLEDGE)?)
}
