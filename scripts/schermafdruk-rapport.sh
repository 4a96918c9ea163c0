#!/usr/bin/env bash
# Refreshes docs/rapport-overzicht.png: `wlz-check examples/ --out rapport.xlsx` opened in LibreOffice Calc on a
# virtual screen. Needs (Debian): libreoffice-calc xvfb xauth xdotool x11-apps netpbm. Not part of CI.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
node bin/wlz-check.js examples/ --out "$tmp/rapport.xlsx" >/dev/null 2>&1 || true
cat > "$tmp/opname.sh" <<OPNAME
#!/usr/bin/env bash
export SAL_USE_VCLPLUGIN=gen
soffice -env:UserInstallation=file://$tmp/profiel --norestore --nologo --calc "$tmp/rapport.xlsx" &
sleep 20
w=\$(xdotool search --onlyvisible --class soffice | tail -1)
xdotool windowmove "\$w" 0 0 windowsize "\$w" 1500 520
sleep 4
xwd -root -silent > "$tmp/scherm.xwd"
kill %1
OPNAME
chmod +x "$tmp/opname.sh"
xvfb-run -s "-screen 0 1500x520x24" "$tmp/opname.sh"
xwdtopnm "$tmp/scherm.xwd" 2>/dev/null | pnmtopng > docs/rapport-overzicht.png
echo "docs/rapport-overzicht.png ververst"
