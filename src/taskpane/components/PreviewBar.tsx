/** The preview's file bar: open an .xlsx from this computer, download the scored workbook. */
import { useRef, type JSX } from "react";
import { Body1, Button, Caption1, Link } from "@fluentui/react-components";
import type { PaneTexts } from "../../i18n/pane";
import { useStyles } from "./styles";

interface Props {
  texts: PaneTexts;
  fileName: string | null;
  download: { url: string; name: string } | null;
  busy: boolean;
  onFile: (file: File) => void;
}

export function PreviewBar({ texts, fileName, download, busy, onFile }: Props): JSX.Element {
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const t = texts.preview;
  return (
    <section className={s.section} aria-label={texts.previewBadge}>
      <Body1>{t.intro}</Body1>
      <div className={s.row}>
        {/* The native input stays in the page (for assistive tech and tests); the button opens it. */}
        <input
          ref={input}
          id="file-input"
          data-testid="file-input"
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className={s.visuallyHidden}
          tabIndex={-1}
          aria-hidden="true"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) onFile(f);
            e.target.value = "";
          }}
        />
        <Button appearance="secondary" onClick={() => input.current?.click()} disabled={busy}>
          {t.chooseFile}
        </Button>
        {download && (
          <Link href={download.url} download={download.name} data-testid="download">
            {t.download(download.name)}
          </Link>
        )}
      </div>
      {fileName && <Caption1 data-testid="file-name">{t.loaded(fileName)}</Caption1>}
    </section>
  );
}
