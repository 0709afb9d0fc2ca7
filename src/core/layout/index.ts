/** Sheet-layout recognition: the workbook's grids -> the typed Plan (pure). */
export { recognise } from "./recognise";
export { ownedMask, maskedValues, OWNED_RANGE_PREFIX, OWNED_SHEET_PREFIX, type OwnedMask } from "./owned";
export { canonicalArea, areaOfDirigente } from "./area";
export { classifyHeading, parseStrategic, type Heading } from "./headings";
export { detectHeader, type HeaderMatch } from "./headers";
export { recogniseLayout, type Recognition } from "./recognise";
export {
  describeRecognition,
  applyCorrection,
  type Correction,
  type SheetRecognition,
  type SheetRole,
  type TableRecognition,
  type ColumnRecognition,
  type ColumnRole,
  type UnitRecognition,
} from "./recognition";
export { excludedSheets } from "./excluded";
