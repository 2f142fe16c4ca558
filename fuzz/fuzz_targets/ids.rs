//! Fuzz target `ids`: the property is `periskope_tests::oracles::ids`, which the regression
//! test also runs on every input a fuzzer once found (`fuzz/regressions/ids/`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| periskope_tests::oracles::ids(data));
