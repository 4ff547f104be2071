/// A line diff of two texts in unified style: hunks of changed lines with their line numbers and some context.
///
/// Lines are matched by a longest common subsequence after the common head and tail are set aside,
/// which is quick for snapshots (a few hundred lines that mostly agree).
public struct LineDiff: Sendable {
    /// One line of the edit script: kept in both texts, only in the old one, or only in the new one.
    enum Edit {
        case same(old: Int, new: Int)
        case removed(old: Int)
        case added(new: Int)

        var isChange: Bool { if case .same = self { false } else { true } }
    }

    let old: [Substring]
    let new: [Substring]
    let edits: [Edit]

    /// The diff from `old` to `new`.
    public init(old: String, new: String) {
        self.old = Self.lines(of: old)
        self.new = Self.lines(of: new)
        edits = Self.edits(self.old, self.new)
    }

    /// Whether the texts differ at all.
    public var isEmpty: Bool { !edits.contains { $0.isChange } }

    /// The hunks, each headed `@@ -start,count +start,count @@`, every line numbered in the old and new text.
    ///
    /// Removed lines start with `-`, added ones with `+`, and `context` unchanged lines surround each change.
    public func unified(context: Int = 3) -> String {
        let width = String(max(old.count, new.count)).count
        func number(_ n: Int?) -> String {
            let text = n.map { String($0 + 1) } ?? ""
            return String(repeating: " ", count: width - text.count) + text
        }
        var out: [String] = []
        for hunk in hunks(context: context) {
            let slice = edits[hunk]
            let before = edits[..<hunk.lowerBound]
            let oldRange = Self.range(before: before.count { $0.oldIndex != nil }, count: slice.count { $0.oldIndex != nil })
            let newRange = Self.range(before: before.count { $0.newIndex != nil }, count: slice.count { $0.newIndex != nil })
            out.append("@@ -\(oldRange) +\(newRange) @@")
            for edit in slice {
                switch edit {
                case let .same(o, n): out.append("  \(number(o)) \(number(n)) | \(old[o])")
                case let .removed(o): out.append("- \(number(o)) \(number(nil)) | \(old[o])")
                case let .added(n): out.append("+ \(number(nil)) \(number(n)) | \(new[n])")
                }
            }
        }
        return out.joined(separator: "\n")
    }

    /// The ranges of `edits` to show: every change with up to `context` unchanged lines around it,
    /// neighbours merged when their context would touch.
    func hunks(context: Int) -> [Range<Int>] {
        var hunks: [Range<Int>] = []
        for (k, edit) in edits.enumerated() where edit.isChange {
            let range = max(0, k - context)..<min(edits.count, k + context + 1)
            if let last = hunks.last, range.lowerBound <= last.upperBound {
                hunks[hunks.count - 1] = last.lowerBound..<range.upperBound
            } else {
                hunks.append(range)
            }
        }
        return hunks
    }

    /// `start,count` of a hunk's `count` lines in one text after `before` others, as `diff -u` writes it
    /// (1-based; an empty range starts at the line before it).
    static func range(before: Int, count: Int) -> String {
        "\(count == 0 ? before : before + 1),\(count)"
    }

    /// The lines of `text`; a final newline ends the last line rather than starting an empty one,
    /// and a last line without one says so.
    static func lines(of text: String) -> [Substring] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if text.hasSuffix("\n") || text.isEmpty {
            lines.removeLast()
        } else {
            lines[lines.count - 1] += " (no newline at end)"
        }
        return lines
    }

    /// The shortest edit script from `a` to `b`, removals before additions within a change.
    static func edits(_ a: [Substring], _ b: [Substring]) -> [Edit] {
        var head = 0
        while head < a.count && head < b.count && a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < a.count - head && tail < b.count - head && a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        let n = a.count - head - tail
        let m = b.count - head - tail
        // common[i][j]: the length of the longest common subsequence of the middles from i and j on.
        var common = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                common[i][j] = a[head + i] == b[head + j] ? common[i + 1][j + 1] + 1 : max(common[i + 1][j], common[i][j + 1])
            }
        }
        var edits = (0..<head).map { Edit.same(old: $0, new: $0) }
        var i = 0, j = 0
        while i < n || j < m {
            if i < n && j < m && a[head + i] == b[head + j] {
                edits.append(.same(old: head + i, new: head + j))
                i += 1
                j += 1
            } else if j == m || (i < n && common[i + 1][j] >= common[i][j + 1]) {
                edits.append(.removed(old: head + i))
                i += 1
            } else {
                edits.append(.added(new: head + j))
                j += 1
            }
        }
        edits += (0..<tail).map { Edit.same(old: head + n + $0, new: head + m + $0) }
        return edits
    }
}

extension LineDiff.Edit {
    /// The line's index in the old text, if it is there.
    var oldIndex: Int? {
        switch self {
        case let .same(old, _), let .removed(old): old
        case .added: nil
        }
    }

    /// The line's index in the new text, if it is there.
    var newIndex: Int? {
        switch self {
        case let .same(_, new), let .added(new): new
        case .removed: nil
        }
    }
}
