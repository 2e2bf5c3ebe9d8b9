//! In-browser tests: the app's components mounted in headless Chromium, the URL round trip
//! checked against the browser's own `URLSearchParams`, keyed updates, focus and the hand-over
//! from the prerendered page. Run with `cargo test --target wasm32-unknown-unknown --test web`.
#![cfg(target_arch = "wasm32")]

use film_explorer::cards::index;
use film_explorer::filter;
use film_explorer::sorted_set::SortedSet;
use film_explorer::url;
use film_explorer::view_state::{Kind, View, ViewState, YearMonth};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Waits `ms` milliseconds (a macrotask, so queued reactive effects have run).
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits for the reactive system and the browser to settle.
async fn settle() {
    sleep(30).await;
}

thread_local! {
    /// The app mounted last: dropping it unmounts it and removes its window listeners.
    static MOUNTED: std::cell::RefCell<Option<Box<dyn std::any::Any>>> = const { std::cell::RefCell::new(None) };
}

/// Mounts the app at `query` in a fresh container, in place of the previous one, and returns it.
async fn mount(query: &str) -> web_sys::HtmlElement {
    web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("?{query}")))
        .unwrap();
    mount_here().await
}

/// Mounts the app at the current URL in a fresh container, in place of the previous one, and
/// waits until its lists have brought in every item.
async fn mount_here() -> web_sys::HtmlElement {
    let container = mount_now();
    drawn(&container).await;
    container
}

/// Waits until `app` has rendered its later regions (no `.later` placeholder left) and no list
/// of it is still bringing in items (`aria-busy`), then settles.
async fn drawn(app: &web_sys::Element) {
    let pending = || all(app, ".later, [aria-busy=true]").len();
    for _ in 0..200 {
        if pending() == 0 {
            break;
        }
        sleep(10).await;
    }
    assert_eq!(pending(), 0, "every region and list drawn within 2 s");
    settle().await;
}

/// Mounts the app at the current URL in a fresh container, in place of the previous one, and
/// returns before any queued task has run.
fn mount_now() -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    MOUNTED.with(|m| m.borrow_mut().take());
    for old in all(&document.body().unwrap().into(), "[data-app]") {
        old.remove();
    }
    let container: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    container.set_attribute("data-app", "").unwrap();
    document.body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), film_explorer::components::App);
    MOUNTED.with(|m| *m.borrow_mut() = Some(Box::new(handle)));
    container
}

fn all(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
}

fn text(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector).unwrap().and_then(|e| e.text_content()).unwrap_or_default()
}

#[wasm_bindgen_test]
fn search_folds_other_scripts_with_the_browsers_lower_case() {
    // The same case as the native test in src/search.rs, which uses Rust's tables.
    assert_eq!(film_explorer::search::fold_str("ΩΜΕΓΑ Σοφία Ǆ Жанна ФИЛЬМ"), "ωμεγα σοφία ǆ жанна фильм");
}

#[wasm_bindgen_test]
async fn renders_every_source_document() {
    let app = mount("kind=source").await;
    let docs = all(&app, "[data-testid=document]");
    assert_eq!(docs.len(), index().kb.documents.len());
    assert_eq!(docs.len(), 5, "the five seeds are embedded");
    assert_eq!(all(&app, "[data-testid=open-document]").len(), 5);
}

#[wasm_bindgen_test]
async fn the_first_task_draws_a_few_cards_and_later_tasks_the_rest() {
    use film_explorer::components::paging::{FIRST, PAGE};
    url::replace(&ViewState::default());
    let app = mount_now();
    let cards = || all(&app, "[data-testid=card], [data-testid=document]").len();
    let total = index().cards.len();
    assert!(total > FIRST, "the seeds have more cards than the first task draws");
    assert_eq!(cards(), 0, "the mounting task leaves the results for later");
    assert_eq!(all(&app, ".later").len(), 2, "its placeholder and the infobox's");
    // A timer set now runs after the app's own, set while mounting: the results' first task.
    sleep(0).await;
    assert!(all(&app, ".later").is_empty());
    assert_eq!(cards(), FIRST, "drawn in the task after the mount");
    assert_eq!(text(&app, "[data-testid=count]"), format!("{total} of {total} cards"), "the count is exact at once");
    assert!(app.query_selector(".cards[aria-busy=true]").unwrap().is_some(), "the list says it is busy");
    drawn(&app).await;
    assert_eq!(cards(), total.min(PAGE));
}

#[wasm_bindgen_test]
async fn count_reports_matching_of_total() {
    let app = mount("").await;
    let total = index().cards.len();
    assert_eq!(text(&app, "[data-testid=count]"), format!("{total} of {total} cards"));
    assert_eq!(all(&app, "[data-testid=card], [data-testid=document]").len(), total.min(60));
}

#[wasm_bindgen_test]
async fn facet_counts_in_the_page_match_the_filter() {
    let app = mount("kind=source").await;
    let results = filter::run(index(), &ViewState { kinds: [Kind::Source].into(), ..ViewState::default() });
    let rendered: Vec<String> =
        all(&app, "[data-facet=kind] .count").iter().map(|e| e.text_content().unwrap()).collect();
    let expected: Vec<String> = results.kinds.iter().map(|c| c.count.to_string()).collect();
    assert_eq!(rendered, expected);
    // The kind facet ignores its own selection: its counts are those of the unfiltered index.
    let unfiltered = filter::run(index(), &ViewState::default());
    assert_eq!(results.kinds, unfiltered.kinds);
}

#[wasm_bindgen_test]
async fn search_with_no_match_offers_to_clear() {
    let app = mount("q=zzzzqqqq").await;
    assert!(app.query_selector("[data-testid=empty]").unwrap().is_some());
    assert!(text(&app, "[data-testid=count]").starts_with("0 of "));
}

#[wasm_bindgen_test]
async fn reader_highlights_the_quote() {
    let doc = &index().kb.documents[0];
    let end = doc.text.char_indices().nth(20).map_or(doc.text.len(), |(i, _)| i);
    let app = mount(&format!("read={}&quote=0-{end}", doc.id)).await;
    let reader = app.query_selector("[data-testid=reader]").unwrap().expect("reader open");
    let highlighted: String = all(&reader, ".document mark.quote").iter().map(|m| m.text_content().unwrap()).collect();
    assert_eq!(highlighted, doc.text[..end]);
}

#[wasm_bindgen_test]
async fn hostile_values_are_rendered_as_text() {
    let app = mount("q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E").await;
    assert!(app.query_selector("img").unwrap().is_none());
    let input: web_sys::HtmlInputElement = app.query_selector("#search").unwrap().unwrap().unchecked_into();
    assert_eq!(input.value(), "<img src=x onerror=alert(1)>");
}

/// A small deterministic generator, enough to drive the round-trip property.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn text(&mut self) -> String {
        const ALPHABET: &[&str] =
            &["a", "Z", " ", "&", "=", "?", "#", "%", "+", "é", "’", "<", "\"", "1", "/", ",", "😀"];
        let len = 1 + self.below(12);
        let s: String = (0..len).map(|_| ALPHABET[self.below(ALPHABET.len())]).collect();
        if s.trim().is_empty() { "x".into() } else { s.trim().to_owned() }
    }
    fn set(&mut self, f: &mut dyn FnMut(&mut Rng) -> String) -> SortedSet<String> {
        (0..self.below(3)).map(|_| f(self)).collect()
    }
    fn month(&mut self) -> Option<YearMonth> {
        (self.below(2) == 0).then(|| YearMonth { year: 1990 + self.below(40) as i16, month: self.below(13) as u8 })
    }
}

fn random_state(rng: &mut Rng) -> ViewState {
    let mut state = ViewState {
        view: View::ALL[rng.below(View::ALL.len())],
        q: if rng.below(2) == 0 { String::new() } else { rng.text() },
        kinds: (0..rng.below(4)).map(|_| Kind::ALL[rng.below(Kind::ALL.len())]).collect(),
        departments: rng.set(&mut |r| r.text()),
        jobs: rng.set(&mut |r| r.text()),
        years: (0..rng.below(3)).map(|_| 1990 + rng.below(40) as i16).collect(),
        sources: rng.set(&mut |r| r.text()),
        from: rng.month(),
        to: rng.month(),
        card: (rng.below(2) == 0).then(|| rng.text()),
        read: (rng.below(2) == 0).then(|| rng.text()),
        quote: None,
    };
    if state.read.is_some() && rng.below(2) == 0 {
        let a = rng.below(1000) as u32;
        state.quote = Some((a, a + 1 + rng.below(100) as u32));
    }
    // A reversed range is normalised on parse; generate ordered ones for an exact round trip.
    if let (Some(f), Some(t)) = (state.from, state.to)
        && f.first() > t.last()
    {
        (state.from, state.to) = (Some(t), Some(f));
    }
    state
}

#[wasm_bindgen_test]
fn url_round_trip_property() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for case in 0..2000 {
        let state = random_state(&mut rng);
        let query = url::serialize(&state);
        assert_eq!(url::parse(&query), state, "case {case}: {query}");
        let browser = web_sys::UrlSearchParams::new_with_str(&query).unwrap();
        let pairs: Vec<(String, String)> = js_sys::try_iter(&browser.entries())
            .unwrap()
            .unwrap()
            .map(|entry| {
                let pair = js_sys::Array::from(&entry.unwrap());
                (pair.get(0).as_string().unwrap(), pair.get(1).as_string().unwrap())
            })
            .collect();
        let ours: Vec<(String, String)> = state.to_pairs().into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
        assert_eq!(pairs, ours, "case {case}: the browser reads {query} differently");
    }
}

#[wasm_bindgen_test]
async fn a_panic_leaves_a_message_with_a_way_back() {
    film_explorer::components::fatal::show_fatal();
    let document = web_sys::window().unwrap().document().unwrap();
    let panel = document.query_selector("[data-testid=fatal]").unwrap().expect("message shown");
    assert!(panel.text_content().unwrap().contains("Reset the view"));
    assert_eq!(panel.query_selector("a").unwrap().unwrap().get_attribute("href").as_deref(), Some("?"));
    panel.remove();
}

#[wasm_bindgen_test]
async fn typing_filters_and_leaves_focus_and_caret_in_the_search_box() {
    let app = mount("").await;
    let before = text(&app, "[data-testid=count]");
    let input: web_sys::HtmlInputElement = app.query_selector("#search").unwrap().unwrap().unchecked_into();
    input.focus().unwrap();
    input.set_value("zzzzqqqq");
    input.set_selection_range(3, 3).unwrap();
    input
        .dispatch_event(
            &web_sys::Event::new_with_event_init_dict("input", &{
                let init = web_sys::EventInit::new();
                init.set_bubbles(true);
                init
            })
            .unwrap(),
        )
        .unwrap();
    settle().await;
    assert_ne!(text(&app, "[data-testid=count]"), before);
    assert_eq!(all(&app, "[data-testid=empty]").len(), 1, "no card matches");
    let same: web_sys::HtmlInputElement = app.query_selector("#search").unwrap().unwrap().unchecked_into();
    assert!(same.is_same_node(Some(&input)), "the input is updated in place");
    assert_eq!(same.value(), "zzzzqqqq");
    assert_eq!(input.selection_start().unwrap(), Some(3), "the caret stays where the user left it");
    let active = web_sys::window().unwrap().document().unwrap().active_element();
    assert!(active.is_some_and(|a| a.is_same_node(Some(&input))), "focus stays in the search box");
    app.remove();
}

#[wasm_bindgen_test]
async fn a_corrupted_stored_theme_falls_back_to_the_system_theme() {
    let window = web_sys::window().unwrap();
    let storage = window.local_storage().unwrap().unwrap();
    let root = window.document().unwrap().document_element().unwrap();
    storage.set_item("theme", "\u{0}not-a-theme{").unwrap();
    let app = mount("").await;
    assert_eq!(root.get_attribute("data-theme"), None);
    assert_eq!(text(&app, "[data-testid=theme]"), "Theme: system");
    storage.set_item("theme", "dark").unwrap();
    let app = mount("").await;
    assert_eq!(root.get_attribute("data-theme").as_deref(), Some("dark"));
    assert_eq!(text(&app, "[data-testid=theme]"), "Theme: dark");
    storage.remove_item("theme").unwrap();
    root.remove_attribute("data-theme").unwrap();
}

/// Presses `key` on the focused element (bubbling to the window, where the shortcuts listen).
fn press(key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    let document = web_sys::window().unwrap().document().unwrap();
    let target: web_sys::EventTarget = document.active_element().map_or_else(|| document.into(), Into::into);
    target
        .dispatch_event(&web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap())
        .unwrap();
}

fn active() -> Option<web_sys::Element> {
    web_sys::window().unwrap().document().unwrap().active_element()
}

fn search() -> String {
    web_sys::window().unwrap().location().search().unwrap()
}

#[wasm_bindgen_test]
async fn a_filter_change_keeps_the_cards_that_still_match_and_leaves_the_header_alone() {
    let app = mount("").await;
    let first = app.query_selector("[data-testid=card]").unwrap().expect("a card");
    let key = first.get_attribute("data-key").unwrap();
    let kind = first.get_attribute("data-kind").unwrap();
    let (title, theme) =
        (app.query_selector("h1").unwrap().unwrap(), app.query_selector("[data-testid=theme]").unwrap().unwrap());
    let checkbox = app.query_selector(&format!("[data-facet=kind] input[value={kind}]")).unwrap().unwrap();
    checkbox.unchecked_ref::<web_sys::HtmlElement>().click();
    settle().await;
    assert!(search().contains(&format!("kind={kind}")), "the URL records the tick: {}", search());
    assert!(checkbox.unchecked_ref::<web_sys::HtmlInputElement>().checked());
    let same = app.query_selector(&format!("[data-key='{key}']")).unwrap().expect("still listed");
    assert!(same.is_same_node(Some(&first)), "the card element is kept, not rebuilt");
    assert!(all(&app, "[data-testid=card]").iter().all(|c| c.get_attribute("data-kind").as_deref() == Some(&*kind)));
    assert!(app.query_selector("h1").unwrap().unwrap().is_same_node(Some(&title)));
    assert!(app.query_selector("[data-testid=theme]").unwrap().unwrap().is_same_node(Some(&theme)));
    app.remove();
}

#[wasm_bindgen_test]
async fn closing_the_detail_after_a_filter_change_returns_focus_to_its_card() {
    let app = mount("").await;
    let cards = all(&app, "[data-testid=card]");
    let fifth = &cards[4];
    let link: web_sys::HtmlElement = fifth.query_selector("h3 a").unwrap().unwrap().unchecked_into();
    link.focus().unwrap();
    link.click();
    settle().await;
    let detail = app.query_selector("[data-testid=detail]").unwrap().expect("detail open");
    assert!(active().is_some_and(|a| detail.contains(Some(&a))), "focus moved into the detail");
    // Tick the facet of the card's own kind: the card stays, the detail stays open.
    let kind = fifth.get_attribute("data-kind").unwrap();
    let checkbox: web_sys::HtmlElement =
        app.query_selector(&format!("[data-facet=kind] input[value={kind}]")).unwrap().unwrap().unchecked_into();
    checkbox.focus().unwrap();
    checkbox.click();
    settle().await;
    assert!(app.query_selector("[data-testid=detail]").unwrap().is_some());
    press("Escape");
    settle().await;
    assert!(app.query_selector("[data-testid=detail]").unwrap().is_none(), "Esc closes the detail");
    assert!(active().is_some_and(|a| a.is_same_node(Some(&link))), "focus is back on the card that opened it");
    app.remove();
}

#[wasm_bindgen_test]
async fn links_follow_without_reload_and_back_restores_the_view() {
    let app = mount("").await;
    let tab: web_sys::HtmlElement = all(&app, "nav.views a")[2].clone().unchecked_into();
    assert_eq!(tab.get_attribute("href").as_deref(), Some("?view=timeline"));
    tab.click();
    settle().await;
    assert_eq!(search(), "?view=timeline");
    assert!(app.query_selector("[data-testid=timeline]").unwrap().is_some());
    web_sys::window().unwrap().history().unwrap().back().unwrap();
    sleep(100).await;
    assert!(app.query_selector("[data-testid=timeline]").unwrap().is_none(), "back shows the cards again");
    app.remove();
}

#[wasm_bindgen_test]
async fn the_app_takes_over_the_prerendered_page_keeping_what_was_typed() {
    MOUNTED.with(|m| m.borrow_mut().take());
    let window = web_sys::window().unwrap();
    window.history().unwrap().replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("?")).unwrap();
    let document = window.document().unwrap();
    let prerendered = document.create_element("div").unwrap();
    prerendered.set_id(film_explorer::takeover::PRERENDERED);
    prerendered.set_inner_html(
        r#"<form><input id="search" name="q"></form>
           <div class="later"><p id="prerendered-infobox">Infobox</p></div>
           <div class="later"><p id="prerendered-results">Cards</p></div>"#,
    );
    document.body().unwrap().append_child(&prerendered).unwrap();
    let typed: web_sys::HtmlInputElement = prerendered.query_selector("#search").unwrap().unwrap().unchecked_into();
    typed.set_value("stone");
    typed.focus().unwrap();
    let handover = film_explorer::takeover::take_over();
    let app = mount_now();
    handover.finish();
    assert!(document.get_element_by_id(film_explorer::takeover::PRERENDERED).is_none(), "the prerendered page is gone");
    let placeholders = all(&app, ":scope > .later");
    assert_eq!(placeholders.len(), 2, "the infobox's and the results'");
    for (placeholder, id) in placeholders.iter().zip(["prerendered-infobox", "prerendered-results"]) {
        let kept = document.get_element_by_id(id).expect("its regions the app renders later stay on screen");
        assert!(placeholder.contains(Some(&kept)), "each moved into the app's placeholder for it, in order");
    }
    let search_box: web_sys::HtmlInputElement = app.query_selector("#search").unwrap().unwrap().unchecked_into();
    assert!(active().is_some_and(|a| a.is_same_node(Some(&search_box))), "the focus is kept");
    drawn(&app).await;
    assert_eq!(search_box.value(), "stone", "and the typed text");
    assert!(document.get_element_by_id("prerendered-results").is_none(), "the app's own regions replace them");
    assert!(
        text(&app, "[data-testid=count]")
            .starts_with(&format!("{} of", filter::run(index(), &url::parse("?q=stone")).matching.len()))
    );
    app.remove();
}
