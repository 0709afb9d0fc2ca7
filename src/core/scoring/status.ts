/** Status bands on an achievement, from the settings. */
import type { Settings } from "../settings/types";
import type { Status } from "./types";

/**
 * Tolerance for band edges: 0.72 / 0.8 is 0.8999999999999999 in floating point, and an officer who
 * reached 72 % of an 80 % target expects "Raggiunto" at a 90 % band. Far below display precision.
 */
export const BAND_EPSILON = 1e-9;

/** Band of an achievement; a null achievement is "not yet measured". */
export function statusFor(achievement: number | null, settings: Settings): Status {
  if (achievement === null) return "non_rilevato";
  if (achievement + BAND_EPSILON >= settings.bandRaggiunto) return "raggiunto";
  if (achievement + BAND_EPSILON >= settings.bandParziale) return "parzialmente_raggiunto";
  return "non_raggiunto";
}
