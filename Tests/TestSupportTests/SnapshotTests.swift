import Foundation
import Testing
@testable import TestSupport

/// What the snapshot helper says when a snapshot differs or is recorded.
@Suite struct SnapshotTests {
    @Test func aDifferenceNamesTheFileAndShowsTheLineDiff() {
        let message = Snapshot.difference(expected: "a\nb\nc\n", actual: "a\nB\nc\n", file: "Snapshots/x.txt")
        #expect(message == """
            snapshot Snapshots/x.txt differs (- snapshot, + actual):
            @@ -1,3 +1,3 @@
              1 1 | a
            - 2   | b
            +   2 | B
              3 3 | c
            """)
    }

    @Test func recordingWritesTheFileAndStillFails() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("snapshot-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("Snapshots/x.txt")

        let new = Snapshot.record("a\n", to: file, replacing: nil)
        #expect(new.contains("recorded a new snapshot"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "a\n")

        #expect(Snapshot.record("a\n", to: file, replacing: "a\n").contains("recorded the snapshot again, unchanged"))

        let changed = Snapshot.record("b\n", to: file, replacing: "a\n")
        #expect(changed.contains("recorded a changed snapshot (- old, + new):\n@@ -1,1 +1,1 @@\n- 1   | a\n+   1 | b"))
        #expect(changed.hasSuffix("Review it (git diff), then run the tests without LOSSLAB_RECORD."))
        #expect(try String(contentsOf: file, encoding: .utf8) == "b\n")
    }
}

@Suite struct ChartPixelsTests {
    @Test func brailleCellsBecomeDotsAndEverythingElseStays() {
        #expect(ChartPixels.masked("0 ┤⠀⣀⡤◉⠒ x̂ = 0.2\n") == "0 ┤···◉· x̂ = 0.2\n")
    }
}
