//! Failures made visible: a panic hook that puts a message and a way to reset the view above
//! the frozen page. (Views are data built from a valid state and cannot fail otherwise.)

/// Installs a panic hook that logs the panic and shows a reset message.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        show_fatal();
    }));
}

/// Puts the "page stopped" message with a reset link at the top of the page, with plain DOM
/// calls: after a panic the reactive system can no longer be trusted to render it.
pub fn show_fatal() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(body) = document.body() else { return };
    let Ok(panel) = document.create_element("div") else { return };
    panel.set_class_name("fatal");
    panel.set_attribute("role", "alert").ok();
    panel.set_attribute("data-testid", "fatal").ok();
    panel.set_text_content(Some("Something went wrong and the page stopped. "));
    if let Ok(link) = document.create_element("a") {
        link.set_attribute("href", "?").ok();
        link.set_text_content(Some("Reset the view"));
        panel.append_child(&link).ok();
    }
    body.prepend_with_node_1(&panel).ok();
}
