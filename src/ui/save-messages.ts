/** The localized message key for each way a save can fail (popup, toast and library page). */
import type { SaveErrorCode } from "../messages/messages.js";

const KEYS: Record<SaveErrorCode, string> = {
  "no-article": "saveNoArticle",
  unavailable: "saveUnavailable",
  quota: "saveQuota",
  "fetch-failed": "saveFetchFailed",
  permission: "savePermission",
  failed: "saveFailed",
};

export function saveErrorKey(code: SaveErrorCode): string {
  return KEYS[code];
}
