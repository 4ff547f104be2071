#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension AnswerExpression {
    /// A recursive-descent reader over the text's Unicode scalars; each level of precedence is one method.
    ///
    /// sum := product (("+" | "-" | "−") product)*;
    /// product := unary (("*" | "×" | "·" | "/" | "÷") unary | implicit)*, where implicit is a "(", "[" or
    /// name right after a factor, as in 2(0.8 − 1) or 2ln(2);
    /// unary := ("-" | "−" | "+") unary | power;  power := primary ("²" | "³")? ("^" unary)?;
    /// primary := number | "e" | name group | group;  group := "(" sum ")" | "[" sum "]".
    struct Parser {
        private let chars: [Unicode.Scalar]
        private var i = 0
        private(set) var notes: [String] = []
        /// Numbers, names and operators read, to tell a plain number from an expression.
        private var literals: [String] = []
        private var operations = 0
        /// How many unary levels (signs, groups, exponents) are open: every nesting passes through one.
        private var depth = 0
        /// The deepest nesting read; deeper input is refused rather than run out of stack.
        static let maximumDepth = 64

        init(_ text: String) {
            var scalars = Array(text.unicodeScalars)
            while let last = scalars.last, Parser.isSpace(last) { scalars.removeLast() }
            chars = Array(scalars.drop(while: Parser.isSpace))
        }

        var trimmedText: String { String(String.UnicodeScalarView(chars)) }

        /// The significant digits of the one number the text holds, if it holds nothing else.
        var plainNumberDigits: Int? {
            guard operations == 0, literals.count == 1 else { return nil }
            let mantissa = literals[0].lowercased().split(separator: "e", maxSplits: 1)[0]
            let digits = mantissa.filter(\.isNumber).drop { $0 == "0" }
            return max(digits.count, 1)
        }

        /// The value of the whole text, which must be one expression.
        mutating func parseWhole() throws(AnswerExpressionError) -> Double {
            guard !chars.isEmpty else { throw AnswerExpressionError(column: 1, "expected a number, such as 0.25") }
            try refuseCommas()
            let value = try parseSum()
            skipSpaces()
            if i < chars.count {
                throw AnswerExpressionError(column: i + 1, "expected an operator such as + or ×, or the end, not \"\(word(at: i))\"")
            }
            guard value.isFinite else { throw AnswerExpressionError(column: 1, "the value is not a finite number") }
            return value
        }

        // MARK: - Levels of precedence

        private mutating func parseSum() throws(AnswerExpressionError) -> Double {
            var value = try parseProduct()
            while true {
                skipSpaces()
                guard i < chars.count, ["+", "-", "−"].contains(chars[i]) else { return value }
                let plus = chars[i] == "+"
                advanceOperator()
                let right = try parseProduct()
                value = plus ? value + right : value - right
            }
        }

        private mutating func parseProduct() throws(AnswerExpressionError) -> Double {
            var value = try parseUnary()
            while true {
                skipSpaces()
                guard i < chars.count else { return value }
                if chars[i] == "(" || chars[i] == "[" || Parser.isLetter(chars[i]) {
                    operations += 1
                    value *= try parseUnary()
                    continue
                }
                guard ["*", "×", "·", "/", "÷"].contains(chars[i]) else { return value }
                let column = i + 1
                let divide = chars[i] == "/" || chars[i] == "÷"
                advanceOperator()
                let right = try parseUnary()
                if divide && right == 0 { throw AnswerExpressionError(column: column, "division by 0") }
                value = divide ? value / right : value * right
            }
        }

        private mutating func parseUnary() throws(AnswerExpressionError) -> Double {
            depth += 1
            defer { depth -= 1 }
            skipSpaces()
            guard depth <= Self.maximumDepth else {
                throw AnswerExpressionError(column: i + 1, "the answer nests signs or brackets more than \(Self.maximumDepth) deep")
            }
            guard i < chars.count, ["+", "-", "−"].contains(chars[i]) else { return try parsePower() }
            let minus = chars[i] != "+"
            i += 1
            let value = try parseUnary()
            return minus ? -value : value
        }

        private mutating func parsePower() throws(AnswerExpressionError) -> Double {
            var base = try parsePrimary()
            if i < chars.count && (chars[i] == "²" || chars[i] == "³") {
                base = chars[i] == "²" ? base * base : base * base * base
                advanceOperator()
            }
            skipSpaces()
            guard i < chars.count, chars[i] == "^" else { return base }
            let column = i + 1
            advanceOperator()
            let exponent = try parseUnary()
            let value = pow(base, exponent)
            if value.isNaN {
                throw AnswerExpressionError(column: column, "\(NumberFormat.readable(base))^\(NumberFormat.readable(exponent)) has no real value")
            }
            return value
        }

        private mutating func parsePrimary() throws(AnswerExpressionError) -> Double {
            skipSpaces()
            guard i < chars.count else {
                throw AnswerExpressionError(column: i + 1, "expected a number, a name such as ln, or \"(\" before the end")
            }
            let c = chars[i]
            if c == "(" || c == "[" {
                operations += 1
                return try parseParenthesised(after: nil)
            }
            if Parser.isDigit(c) || c == "." { return try parseNumber() }
            if Parser.isLetter(c) { return try parseName() }
            throw AnswerExpressionError(column: i + 1, "expected a number, a name such as ln, or \"(\", not \"\(c)\"")
        }

        // MARK: - Pieces

        /// "(" sum ")" or "[" sum "]", where `name` is the function the group belongs to, if any.
        private mutating func parseParenthesised(after name: String?) throws(AnswerExpressionError) -> Double {
            skipSpaces()
            guard i < chars.count, chars[i] == "(" || chars[i] == "[" else {
                let found = i < chars.count ? "not \"\(word(at: i))\"" : "not the end"
                throw AnswerExpressionError(column: i + 1, "expected \"(\" after \(name ?? "the name"), \(found)")
            }
            let (open, closer): (Int, Unicode.Scalar) = (i + 1, chars[i] == "(" ? ")" : "]")
            let opener = chars[i]
            i += 1
            let value = try parseSum()
            skipSpaces()
            guard i < chars.count, chars[i] == closer else {
                throw AnswerExpressionError(column: i + 1, "expected \"\(closer)\" to close the \"\(opener)\" at column \(open)")
            }
            i += 1
            return value
        }

        /// A decimal number: digits with an optional point and exponent (`12`, `0.5`, `.5`, `5.`, `2e-3`).
        private mutating func parseNumber() throws(AnswerExpressionError) -> Double {
            let start = i
            while i < chars.count && Parser.isDigit(chars[i]) { i += 1 }
            if i < chars.count && chars[i] == "." {
                i += 1
                while i < chars.count && Parser.isDigit(chars[i]) { i += 1 }
            }
            guard chars[start..<i].contains(where: Parser.isDigit) else {
                throw AnswerExpressionError(column: start + 1, "expected a digit after \".\"")
            }
            if i < chars.count && (chars[i] == "e" || chars[i] == "E") {
                var k = i + 1
                if k < chars.count && (chars[k] == "+" || chars[k] == "-" || chars[k] == "−") { k += 1 }
                if k < chars.count && Parser.isDigit(chars[k]) {
                    i = k
                    while i < chars.count && Parser.isDigit(chars[i]) { i += 1 }
                }
            }
            let literal = String(String.UnicodeScalarView(chars[start..<i])).replacingMinus()
            literals.append(literal)
            guard let value = Double(literal), value.isFinite else {
                throw AnswerExpressionError(column: start + 1, "\"\(literal)\" is too large a number")
            }
            return value
        }

        /// The constant e, or a function applied to a parenthesised argument.
        private mutating func parseName() throws(AnswerExpressionError) -> Double {
            let start = i
            while i < chars.count && (Parser.isLetter(chars[i]) || Parser.isDigit(chars[i])) { i += 1 }
            let name = String(String.UnicodeScalarView(chars[start..<i])).lowercased()
            operations += 1
            if name == "e" { return M_E }
            guard let function = AnswerExpression.functions.first(where: { $0.name == name }) else {
                let known = AnswerExpression.functions.map(\.name).joined(separator: ", ")
                throw AnswerExpressionError(column: start + 1, "unknown name \"\(name)\"; write one of \(known) or e")
            }
            if name == "log" && !notes.contains(Parser.naturalLogNote) { notes.append(Parser.naturalLogNote) }
            let argument = try parseParenthesised(after: name)
            if name.hasPrefix("l") && argument <= 0 {
                throw AnswerExpressionError(column: start + 1,
                    "\(name) needs a number above 0, not \(NumberFormat.readable(argument))"
                    + (argument == 0 ? " (\(name) 0 is −∞)" : ""))
            }
            if name == "sqrt" && argument < 0 {
                throw AnswerExpressionError(column: start + 1, "sqrt needs a number of at least 0, not \(NumberFormat.readable(argument))")
            }
            return function.apply(argument)
        }

        static let naturalLogNote = "log is read as ln, the natural logarithm (write log10 or log2 for the others)"

        /// A decimal comma gets the number written with a point; any other comma says one answer is wanted.
        private func refuseCommas() throws(AnswerExpressionError) {
            guard let comma = chars.firstIndex(of: ",") else { return }
            let decimal = comma > 0 && comma + 1 < chars.count && Parser.isDigit(chars[comma - 1]) && Parser.isDigit(chars[comma + 1])
            guard decimal else {
                throw AnswerExpressionError(column: comma + 1, "expected one answer; a comma does not belong in it")
            }
            var start = comma
            while start > 0 && Parser.isDigit(chars[start - 1]) { start -= 1 }
            var end = comma + 1
            while end < chars.count && Parser.isDigit(chars[end]) { end += 1 }
            let number = String(String.UnicodeScalarView(chars[start..<comma])) + "."
                + String(String.UnicodeScalarView(chars[(comma + 1)..<end]))
            throw AnswerExpressionError(column: comma + 1, "write \(number) with a point; a decimal comma is not read")
        }

        private mutating func advanceOperator() {
            operations += 1
            i += 1
        }

        private mutating func skipSpaces() {
            while i < chars.count && Parser.isSpace(chars[i]) { i += 1 }
        }

        /// The text from `index` up to the next space, for messages.
        private func word(at index: Int) -> String {
            var end = index + 1
            while end < chars.count && !Parser.isSpace(chars[end]) { end += 1 }
            return String(String.UnicodeScalarView(chars[index..<end]))
        }

        static func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" }
        static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
        static func isLetter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }
    }
}

extension String {
    /// The text with U+2212 (−) written as an ASCII minus, as `Double(_:)` reads it.
    fileprivate func replacingMinus() -> String { String(unicodeScalars.map { $0 == "−" ? "-" : Character($0) }) }
}
