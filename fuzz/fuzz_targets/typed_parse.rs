//! Fuzz target `typed_parse`: the property is `periskope_tests::oracles::typed_parse`, which the regression
//! test also runs on every input a fuzzer once found (`fuzz/regressions/typed_parse/`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| periskope_tests::oracles::typed_parse(data));
