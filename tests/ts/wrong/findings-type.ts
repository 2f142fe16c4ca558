import { findings } from "@periskope-schema/types";

// @expect TS2345 Argument of type '"Mesage"' is not assignable to parameter of type 'keyof Checked'.
export const typo = findings("Mesage", {});
