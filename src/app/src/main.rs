//! The browser entry point Trunk builds (see `site_app::start`).

fn main() {
    site_app::start();
}
