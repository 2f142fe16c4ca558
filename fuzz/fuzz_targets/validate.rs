//! Fuzz target `validate`: the property is `periskope_tests::oracles::validate`, which the regression
//! test also runs on every input a fuzzer once found (`fuzz/regressions/validate/`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| periskope_tests::oracles::validate(data));
