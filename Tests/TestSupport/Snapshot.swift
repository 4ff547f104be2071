import Foundation

/// Compares text with a snapshot file kept beside the tests, and records it when asked.
///
/// Snapshots live in `Tests/<Target>/Snapshots/<name>.txt`. Set `LOSSLAB_RECORD=1` to write them
/// anew; without it a missing or different snapshot is a failure, never a silent recording.
public enum Snapshot {
    /// Nil when `actual` matches the snapshot `name`; otherwise a message showing the first difference.
    ///
    /// `testFile` is the caller's `#filePath`, which locates the `Snapshots` folder of its target.
    public static func mismatch(_ actual: String, named name: String, testFile: String = #filePath) -> String? {
        let folder = URL(fileURLWithPath: testFile).deletingLastPathComponent().appendingPathComponent("Snapshots")
        let file = folder.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["LOSSLAB_RECORD"] == "1" {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            do { try actual.write(to: file, atomically: true, encoding: .utf8) } catch {
                return "could not record \(file.path): \(error)"
            }
            return nil
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            return "no snapshot at \(file.path); run the tests with LOSSLAB_RECORD=1 to record it, then review it"
        }
        return expected == actual ? nil : difference(expected: expected, actual: actual, file: file.path)
    }

    /// The first differing line of two texts, numbered, with both versions in full below it.
    static func difference(expected: String, actual: String, file: String) -> String {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(e.count, a.count)
        let want = line < e.count ? String(e[line]) : "(end of text)"
        let got = line < a.count ? String(a[line]) : "(end of text)"
        return """
            snapshot \(file) differs at line \(line + 1):
              expected: \(want)
              actual:   \(got)
            --- actual ---
            \(actual)
            """
    }
}
