import LossKit

/// A check-your-understanding question with its answer and hints in tiers (see `Question+Hints.swift`).
public struct Question: Sendable, Equatable {
    /// What the student must give.
    public enum Answer: Sendable, Equatable {
        /// A number, computed by LossKit; typed answers within `tolerance` of it are right.
        case number(Computation, tolerance: Double)
        /// One of `options`; `correct` is its 0-based index.
        case choice(options: [String], correct: Int)
    }

    public var prompt: String
    public var answer: Answer
    /// The first hint, a nudge.
    public var hint: String
    /// The second hint, the method, if the lesson gives one.
    public var method: String?
    /// The third hint, the worked step, if the lesson gives one; number questions generate it otherwise.
    public var worked: String?
    /// Shown once the question is answered, if given.
    public var explanation: String?

    public init(prompt: String, answer: Answer, hint: String, method: String? = nil, worked: String? = nil,
                explanation: String? = nil) {
        self.prompt = prompt
        self.answer = answer
        self.hint = hint
        self.method = method
        self.worked = worked
        self.explanation = explanation
    }

    /// The letter of option `index`: a, b, c, …
    public static func letter(_ index: Int) -> String {
        String(UnicodeScalar(UInt8(97 + min(max(index, 0), 25))))
    }

    /// The right answer as a reader sees it: the number rounded to `digits`, or "b) BCE".
    public func answerText(_ notation: Notation = .unicode, digits: Int = 4) -> String {
        switch answer {
        case let .number(computation, _): notation.number(computation.value, digits: digits)
        case let .choice(options, correct): "\(Question.letter(correct))) \(options[correct])"
        }
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        let bytes = utf8
        var lo = bytes.startIndex
        var hi = bytes.endIndex
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
        while lo < hi && isSpace(bytes[lo]) { lo = bytes.index(after: lo) }
        while hi > lo && isSpace(bytes[bytes.index(before: hi)]) { hi = bytes.index(before: hi) }
        return String(self[lo..<hi])
    }
}
