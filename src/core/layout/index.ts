/** Sheet-layout recognition: the workbook's grids -> the typed Plan (pure). */
export { recognise } from "./recognise";
export { ownedMask, maskedValues, OWNED_RANGE_PREFIX, OWNED_SHEET_PREFIX, type OwnedMask } from "./owned";
export { canonicalArea, areaOfDirigente } from "./area";
export { classifyHeading, parseStrategic, type Heading } from "./headings";
export { detectHeader, type HeaderMatch } from "./headers";
