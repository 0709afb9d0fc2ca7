/** A status as text and colour together: the text carries the meaning, the colour only repeats it. */
import { Badge, type BadgeProps } from "@fluentui/react-components";
import type { JSX } from "react";
import type { Status } from "../../core/scoring/types";
import { STATUS_LABELS } from "../../i18n/labels";
import type { Lang } from "../../i18n/messages";

const COLOR: Record<Status, NonNullable<BadgeProps["color"]>> = {
  raggiunto: "success",
  parzialmente_raggiunto: "warning",
  non_raggiunto: "danger",
  non_rilevato: "informative",
  non_valutabile: "subtle",
  neutralizzato: "subtle",
};

export function StatusBadge({ status, lang }: { status: Status; lang: Lang }): JSX.Element {
  return (
    <Badge
      appearance="tint"
      color={COLOR[status]}
      shape="rounded"
      data-status={status}
      style={{ whiteSpace: "normal", height: "auto", minHeight: 20 }}
    >
      {STATUS_LABELS[lang][status]}
    </Badge>
  );
}
