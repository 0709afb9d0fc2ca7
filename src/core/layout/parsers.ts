/** The one place the layout reads target, actual and weight cells: the shared parsers. */
export { parseTarget, parseActual, parseWeight } from "../targets";
