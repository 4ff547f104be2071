#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LossKit

extension Question {
    static let fieldNames = ["prompt", "answer", "tolerance", "digits", "option", "hint", "nudge", "method", "worked", "explanation"]
        + Computation.fieldNames

    static func read(_ f: DirectiveFields, problems: inout LineProblems) -> Question? {
        f.checkKeys(known: fieldNames, repeatable: ["option"], problems: &problems)
        func text(_ key: String, required: Bool) -> String? {
            f.text(key, required: required, problems: &problems).map {
                InlineValue.substitute($0, line: f.field(key)!.line, problems: &problems)
            }
        }
        f.checkAlias("nudge", of: "hint", problems: &problems)
        let prompt = text("prompt", required: true)
        let hint = text(f.field("nudge") != nil && f.field("hint") == nil ? "nudge" : "hint", required: true)
        let method = text("method", required: false)
        let worked = text("worked", required: false)
        let explanation = text("explanation", required: false)
        guard let answerField = f.field("answer"), !answerField.value.isEmpty else {
            problems.add(f.fenceLine, "question: no answer; add \"answer:\" with a number (and loss, x, xhat to compute it) "
                + "or the letter of the right option")
            return nil
        }
        let options = f.all("option")
        let answer = options.isEmpty
            ? numeric(f, stated: answerField, problems: &problems)
            : choice(f, options: options, stated: answerField, problems: &problems)
        guard let prompt, let hint, let answer else { return nil }
        return Question(prompt: prompt, answer: answer, hint: hint, method: method, worked: worked, explanation: explanation)
    }

    /// A choice answer: at least two options and the letter of the right one.
    private static func choice(_ f: DirectiveFields, options: [DirectiveFields.Field], stated: DirectiveFields.Field,
                               problems: inout LineProblems) -> Answer? {
        for key in Computation.fieldNames + ["tolerance", "digits"] {
            if let field = f.field(key) {
                problems.add(field.line, "question: a choice question takes no \"\(key)\"; remove it or the options")
                return nil
            }
        }
        guard options.count >= 2, options.count <= 26 else {
            problems.add(options[0].line, "question: give between 2 and 26 options, not \(options.count)")
            return nil
        }
        if let empty = options.first(where: { $0.value.isEmpty }) {
            problems.add(empty.line, "question: option is empty")
            return nil
        }
        let letters = options.indices.map(Question.letter)
        guard let correct = letters.firstIndex(of: stated.value.lowercased()) else {
            problems.add(stated.line, "question: answer \"\(stated.value)\" is not an option's letter; "
                + "write one of \(letters.joined(separator: ", "))")
            return nil
        }
        return .choice(options: options.map(\.value), correct: correct)
    }

    /// A numeric answer: the stated number must be the computation's value, correctly rounded; a typed
    /// answer may be off by `tolerance`, by half a unit in the last of the `digits` significant digits
    /// the question asks for, or else by 1% or half a unit in the stated answer's last digit.
    private static func numeric(_ f: DirectiveFields, stated: DirectiveFields.Field,
                                problems: inout LineProblems) -> Answer? {
        guard let computation = Computation.read(f, problems: &problems) else { return nil }
        guard let statedValue = f.number("answer", required: true, problems: &problems) else { return nil }
        let tolerance = f.number("tolerance", required: false, problems: &problems)
        let digits = f.integer("digits", minimum: 1, problems: &problems)
        let value = computation.value
        guard value.isFinite else {
            problems.add(stated.line, "question: the computation gives \(NumberFormat.full(value)); ask about a finite number")
            return nil
        }
        let halfUnit = StatedNumber.halfUnit(of: stated.value)
        if abs(statedValue - value) > halfUnit * (1 + 1e-9) + 1e-12 * abs(value) {
            problems.add(stated.line, "question: answer \(stated.value) is wrong: LossKit computes \(NumberFormat.full(value)) "
                + "(\(NumberFormat.readable(value, digits: 4)) to 4 significant digits)")
            return nil
        }
        if let tolerance, tolerance <= 0 {
            problems.add(f.field("tolerance")!.line, "question: tolerance must be above 0")
            return nil
        }
        if let digits {
            if tolerance != nil {
                problems.add(f.field("digits")!.line, "question: give tolerance or digits, not both")
                return nil
            }
            let written = (try? AnswerExpression(stated.value))?.significantDigits ?? 0
            if written < digits {
                problems.add(stated.line, "question: answer \(stated.value) has \(written) significant digits, but digits asks for "
                    + "\(digits); write \(NumberFormat.readable(value, digits: digits))")
                return nil
            }
        }
        let accepted = tolerance ?? digits.map { StatedNumber.halfUnit(of: value, significantDigits: $0) }
            ?? max(abs(value) * 0.01, halfUnit)
        return .number(computation, tolerance: accepted)
    }
}

/// Facts about a number as an author wrote it.
enum StatedNumber {
    /// Half a unit in the last written digit: 0.00005 for "0.6931", 0.5 for "100", 5e-7 for "1.6e-5".
    static func halfUnit(of text: String) -> Double {
        let lower = text.lowercased()
        let parts = lower.split(separator: "e", maxSplits: 1)
        let mantissa = parts.first.map(String.init) ?? lower
        let exponent = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
        let decimals = mantissa.split(separator: ".", maxSplits: 1).dropFirst().first?.count ?? 0
        return 0.5 * power10(exponent - decimals)
    }

    /// Half a unit in the `significantDigits`-th significant digit of `value`: 0.00005 for 0.02667 and 3.
    static func halfUnit(of value: Double, significantDigits: Int) -> Double {
        let magnitude = value == 0 ? 0 : Int((log10(abs(value))).rounded(.down))
        return 0.5 * power10(magnitude - significantDigits + 1) * (1 + 1e-9)
    }

    private static func power10(_ k: Int) -> Double {
        var result = 1.0
        for _ in 0..<min(abs(k), 400) { result *= 10 }
        return k < 0 ? 1 / result : result
    }
}
