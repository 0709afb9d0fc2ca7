/** Target grammar and value parsers: pure functions over cell values, no host objects. */
export { parseTarget } from "./parseTarget";
export { parseActual } from "./parseActual";
export { parseWeight, type WeightResult } from "./parseWeight";
export { parseNumber, parseQuantity, type Quantity, type QuantityUnit } from "./numberText";
export { isDateFormat, isPercentFormat } from "./numberFormats";
export { displayCell } from "./display";
export { serialToIso, isoToSerial, isValidSerial, parseDateText, parseDateList, MAX_EXCEL_SERIAL } from "./excelDates";
export { levelRank, levelKey } from "./levels";
export {
  findOperator,
  findWordOperator,
  normaliseOperator,
  type FoundOperator,
  type FoundWordOperator,
} from "./operators";
export { parseRelative, resolveRelative, type ResolvedRelative } from "./relative";
export { inferBarePolarity, operatorPolarity } from "./polarity";
export { describeUnreadable, findMarkup, firstForeignChar } from "./debris";
export type * from "./types";
