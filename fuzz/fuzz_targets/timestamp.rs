//! Fuzz target `timestamp`: the property is `periskope_tests::oracles::timestamp`, which the regression
//! test also runs on every input a fuzzer once found (`fuzz/regressions/timestamp/`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| periskope_tests::oracles::timestamp(data));
