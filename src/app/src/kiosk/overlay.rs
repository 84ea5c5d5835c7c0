//! What the kiosk's full-screen overlays (the countdown, the attract loop) share.

/// Keeps a touch on an overlay from counting as a touch on the page under it.
pub fn stop(event: leptos::ev::PointerEvent) {
    event.stop_propagation();
}

pub fn stop_touch(event: leptos::ev::TouchEvent) {
    event.stop_propagation();
}
