#!/usr/bin/env bash
# The OCR accuracy and speed bench of issue 16: prints the seeds and reports with non-zero numbers, scans them in eight
# renderings (image-only PDF and TIFF, 150 and 300 dpi, turned 1–3°, noise; CMS web pages of page pictures), reads them
# back with ingest-service's OCR and scores the parser's cells against the truth. Writes "## Scanned reports (OCR)" into bench/ACCURACY.md and
# "## OCR time per page" into bench/RESULTS.md (each section replaced on a rerun).
#
# Needs tesseract-ocr and tesseract-ocr-chi-sim (deploy/local/up.sh and .ci/run install them) and a CJK font to print
# with (apt-get install fonts-wqy-zenhei, or fonts-noto-cjk). About 20 s per report and rendering on 2 cores.
#
# Usage: ingest-service/bench/ocr-accuracy.sh [reports]   (generated reports, default 10; plus the 5 seeds)
#   MVN_FLAGS=-o for an offline build; OCR_RENDERINGS=PDF_300,TIFF_150_TURNED to run only some renderings;
#   OCR_CORPUS=/some/dir to keep the corpus and what was read there (stage 1 is skipped when it holds one already, and
#   a rerun of some renderings keeps the others' readings and times, so both sections still cover all eight).
set -euo pipefail
cd "$(dirname "$0")/../.."
REPORTS=${1:-10}
CORPUS=${OCR_CORPUS:-}
if [ -z "$CORPUS" ]; then
  CORPUS=$(mktemp -d "${TMPDIR:-/tmp}/nianbao-ocr-corpus.XXXXXX")
  trap 'rm -rf "$CORPUS"' EXIT
fi
command -v tesseract >/dev/null || { echo "tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-chi-sim)" >&2; exit 1; }
MVN=(mvn -B -q ${MVN_FLAGS:-} -Dsurefire.failIfNoSpecifiedTests=false)
echo "stage 0: the test fixtures both services' tests run on (deploy/test-fixtures) into the local Maven repository"
"${MVN[@]}" -pl deploy/test-fixtures -am install -DskipTests
if [ -d "$CORPUS/truth" ]; then
  echo "stage 1: the corpus kept in $CORPUS"
else
  echo "stage 1: the corpus (5 seeds, $REPORTS generated reports) into $CORPUS"
  "${MVN[@]}" -pl parser-service test -Dtest=OcrCorpusExport -Docr.corpus="$CORPUS" -Docr.reports="$REPORTS"
fi
echo "stage 2: print, scan and read back with OCR"
"${MVN[@]}" -pl ingest-service test -Dtest=OcrCorpusBench -Docr.corpus="$CORPUS" -Docr.renderings="${OCR_RENDERINGS:-}" \
  -Docr.results="$PWD/bench/RESULTS.md"
echo "stage 3: parse and score"
"${MVN[@]}" -pl parser-service test -Dtest=OcrAccuracyBench -Docr.corpus="$CORPUS" -Docr.accuracy="$PWD/bench/ACCURACY.md"
echo "written: bench/ACCURACY.md (## Scanned reports (OCR)), bench/RESULTS.md (## OCR time per page)"
