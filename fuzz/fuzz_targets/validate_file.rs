//! Fuzz target `validate_file`: the property is `periskope_tests::oracles::validate_file`, which the regression
//! test also runs on every input a fuzzer once found (`fuzz/regressions/validate_file/`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| periskope_tests::oracles::validate_file(data));
