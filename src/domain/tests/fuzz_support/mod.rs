//! Runs a property over generated inputs and prints how many it ran (proptest's default
//! config: 256 cases, or `PROPTEST_CASES`).

use proptest::strategy::Strategy;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use std::cell::Cell;

pub fn check<S: Strategy>(
    name: &str,
    strategy: S,
    property: impl Fn(S::Value) -> Result<(), TestCaseError>,
) {
    let config = Config {
        failure_persistence: None,
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    let inputs = Cell::new(0u64);
    let result = runner.run(&strategy, |value| {
        inputs.set(inputs.get() + 1);
        property(value)
    });
    eprintln!("{name}: {} inputs", inputs.get());
    if let Err(error) = result {
        panic!("{name}: {error}");
    }
}
