#!/usr/bin/env bash
# Validates a manifest against Microsoft's task-pane add-in manifest schemas (OfficeAppManifestV1_1 with
# TaskPaneAppVersionOverridesV1_0), as published in the history of OfficeDev/office-js-docs-pr under
# docs/overview/schemas/. The schemas are Microsoft's files: they are not kept in this repository.
#
#   scripts/check-manifest-xsd.sh <office-js-docs-pr git dir or checkout> [manifest.xml ...]
#
# libxml2 (xmllint) cannot compile them as published; the copies made in a temporary folder are fixed:
# the XML Schema namespace written with https instead of http, a version pattern ending in a lazy
# quantifier ("{0,3}?") that XML Schema regular expressions do not have, and the content-app schema,
# which was never published beside them (a task-pane manifest does not use it).
set -euo pipefail
docs="${1:?give the path of an office-js-docs-pr clone}"
shift
manifests=("$@")
[ ${#manifests[@]} -gt 0 ] || manifests=(manifest.xml)

# The last commit that still had the schemas is the parent of the one that deleted them.
rev="$(git -C "$docs" log --all --format=%H --diff-filter=D -1 -- docs/overview/schemas/taskpane/OfficeAppManifestV1_1.xsd)^"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
for f in OfficeAppBasicTypesV1_0 OfficeAppManifestV1_1 TaskPaneAppVersionOverridesV1_0 MailAppVersionOverridesV1_0; do
  git -C "$docs" show "$rev:docs/overview/schemas/taskpane/$f.xsd" >"$dir/$f.xsd"
done
git -C "$docs" show "$rev:docs/overview/schemas/mail/MailAppVersionOverridesV1_1.xsd" >"$dir/MailAppVersionOverridesV1_1.xsd"

sed -i 's#https://www.w3.org/2001/XMLSchema#http://www.w3.org/2001/XMLSchema#g; s#(\\.\[0-9\]{1,5}){0,3}?#(\\.[0-9]{1,5}){0,3}#g' "$dir"/*.xsd
python3 - "$dir/OfficeAppManifestV1_1.xsd" <<'PY'
import sys
p = sys.argv[1]
s = open(p, encoding="utf-8").read()
s = "\n".join(l for l in s.split("\n") if "ContentAppVersionOverridesV1_0.xsd" not in l)
i = s.index('<xs:element ref="contentor:VersionOverrides"')
j = s.index("</xs:element>", i) + len("</xs:element>")
open(p, "w", encoding="utf-8").write(s[:i] + s[j:])
PY

for m in "${manifests[@]}"; do
  xmllint --noout --schema "$dir/OfficeAppManifestV1_1.xsd" "$m"
done
