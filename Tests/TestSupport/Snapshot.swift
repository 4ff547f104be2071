import Foundation

/// Compares text with a snapshot file kept beside the tests, and records it when asked.
///
/// Snapshots live in `Tests/<Target>/Snapshots/<name>.txt`. Set `LOSSLAB_RECORD=1` to write them
/// anew: recording still fails the test, saying what it wrote, so a run that records can never pass
/// by accident. Without it a missing or different snapshot is a failure with a line diff.
public enum Snapshot {
    /// Nil when `actual` matches the snapshot `name`; otherwise a message with a line diff, or the
    /// news that the snapshot was recorded.
    ///
    /// `testFile` is the caller's `#filePath`, which locates the `Snapshots` folder of its target.
    public static func mismatch(_ actual: String, named name: String, testFile: String = #filePath) -> String? {
        let folder = URL(fileURLWithPath: testFile).deletingLastPathComponent().appendingPathComponent("Snapshots")
        let file = folder.appendingPathComponent(name + ".txt")
        let expected = try? String(contentsOf: file, encoding: .utf8)
        if ProcessInfo.processInfo.environment["LOSSLAB_RECORD"] == "1" {
            return record(actual, to: file, replacing: expected)
        }
        guard let expected else {
            return "no snapshot at \(file.path); run the tests with LOSSLAB_RECORD=1 to record it, then review it"
        }
        return expected == actual ? nil : difference(expected: expected, actual: actual, file: file.path)
    }

    /// Writes `actual` to `file` and says so, with the diff from the snapshot it replaces.
    static func record(_ actual: String, to file: URL, replacing expected: String?) -> String {
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
        } catch {
            return "could not record \(file.path): \(error)"
        }
        let what = if let expected {
            expected == actual ? "recorded the snapshot again, unchanged"
                : "recorded a changed snapshot (- old, + new):\n" + LineDiff(old: expected, new: actual).unified()
        } else {
            "recorded a new snapshot"
        }
        return "\(file.path): \(what)\nReview it (git diff), then run the tests without LOSSLAB_RECORD."
    }

    /// The line diff from the snapshot to the actual text, with line numbers and context.
    static func difference(expected: String, actual: String, file: String) -> String {
        "snapshot \(file) differs (- snapshot, + actual):\n" + LineDiff(old: expected, new: actual).unified()
    }
}
