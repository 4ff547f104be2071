import LossKit

/// A check-your-understanding question with its answer and a hint.
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
    public var hint: String
    /// Shown once the question is answered, if given.
    public var explanation: String?

    public init(prompt: String, answer: Answer, hint: String, explanation: String? = nil) {
        self.prompt = prompt
        self.answer = answer
        self.hint = hint
        self.explanation = explanation
    }

    /// The letter of option `index`: a, b, c, …
    public static func letter(_ index: Int) -> String {
        String(UnicodeScalar(UInt8(97 + min(max(index, 0), 25))))
    }

    /// What a typed answer is: right, wrong, or not an answer at all (said why, so it costs no try).
    public enum Verdict: Sendable, Equatable {
        case right
        case wrong
        /// The text cannot be read as an answer: empty, a letter with no option, not a number.
        case unreadable(String)
    }

    /// What to type, for the prompt: "a, b or c", or "a number".
    public var expectedForm: String {
        switch answer {
        case .number: return "a number"
        case let .choice(options, _):
            let letters = options.indices.map(Question.letter)
            return letters.dropLast().joined(separator: ", ") + " or " + letters.last!
        }
    }

    /// Judges `typed`: a number within the tolerance, or the right option's letter written as people
    /// write it (`b`, `B`, `b)`, `(b)`, `b.`) or its full text.
    public func judge(_ typed: String) -> Verdict {
        let trimmed = typed.trimmingSpaces()
        guard !trimmed.isEmpty else { return .unreadable("type \(expectedForm)") }
        switch answer {
        case let .number(computation, tolerance):
            guard let values = try? NumberList.parse(trimmed), values.count == 1 else {
                return .unreadable("\"\(trimmed)\" is not one number; type one, such as 0.25")
            }
            return abs(values[0] - computation.value) <= tolerance ? .right : .wrong
        case let .choice(options, correct):
            let text = trimmed.lowercased()
            if let k = options.firstIndex(where: { $0.lowercased() == text }) { return k == correct ? .right : .wrong }
            var letter = Substring(text)
            if letter.hasPrefix("(") && letter.hasSuffix(")") { letter = letter.dropFirst().dropLast() }
            if letter.hasSuffix(")") || letter.hasSuffix(".") { letter = letter.dropLast() }
            guard letter.count == 1, let scalar = letter.unicodeScalars.first, ("a"..."z").contains(scalar) else {
                return .unreadable("type \(expectedForm)")
            }
            let index = Int(scalar.value) - 97
            guard options.indices.contains(index) else { return .unreadable("there is no option \(letter): type \(expectedForm)") }
            return index == correct ? .right : .wrong
        }
    }

    /// Whether `typed` is right (see `judge`).
    public func accepts(_ typed: String) -> Bool { judge(typed) == .right }

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
