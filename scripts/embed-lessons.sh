#!/usr/bin/env bash
# Copies Lessons/*.md into Sources/LessonKit/BundledLessons+Texts.swift, the lessons built into losslab.
# Run it after editing a lesson; the test BundledLessonsTests fails while the two differ.
set -euo pipefail
cd "$(dirname "$0")/.."
LOSSLAB_RECORD=1 swift test --filter 'LessonKitTests.BundledLessonsTests/embeddedCopyMatchesLessonsFolder'
