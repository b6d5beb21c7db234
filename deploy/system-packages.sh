#!/usr/bin/env bash
# The system packages nianbao uses, installed from the distribution's package manager when missing (sourced by
# .ci/run and deploy/local/up.sh; one list, one way). Nothing is downloaded at run time by the services themselves.
#   tesseract-ocr, tesseract-ocr-chi-sim  ingest-service reads scanned reports with them (issue 16)
#   chromium, chromium-driver             query-service's dashboard test drives the headless browser
# Debian/Ubuntu (apt-get) is supported; elsewhere, or without root or sudo, the missing packages are named and the
# caller decides whether that is fatal.

# ensure_system_packages <probe>=<package> ...: installs the packages whose probe fails; a probe is a command, or
# tesseract-lang:<language> for a language Tesseract must list.
# Returns 0 when everything is there afterwards, 1 (with a message) otherwise.
ensure_system_packages() {
  local missing=() pair probe package
  for pair in "$@"; do
    probe=${pair%%=*}
    package=${pair#*=}
    if [[ $probe == tesseract-lang:* ]]; then
      tesseract --list-langs 2>/dev/null | grep -qx "${probe#tesseract-lang:}" || missing+=("$package")
    else
      command -v "$probe" >/dev/null 2>&1 || missing+=("$package")
    fi
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  local sudo=""
  if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "[nianbao] missing system packages: ${missing[*]} (not root and no sudo: install them with your package manager)" >&2
      return 1
    fi
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "[nianbao] missing system packages: ${missing[*]} (no apt-get here: install them with your package manager)" >&2
    return 1
  fi
  echo "[nianbao] installing system packages: ${missing[*]}" >&2
  $sudo apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
}

OCR_PACKAGES=(tesseract=tesseract-ocr tesseract-lang:chi_sim=tesseract-ocr-chi-sim tesseract-lang:eng=tesseract-ocr-eng)
BROWSER_PACKAGES=(chromium=chromium chromedriver=chromium-driver)
