import LossKit

/// The `key: value` lines of a directive block, read with their line numbers.
///
/// Blank lines and lines starting with `#` are skipped; a line that starts with a space continues
/// the value above it. Every problem is recorded with its line, and reading goes on.
struct DirectiveFields {
    struct Field {
        var key: String
        var value: String
        var line: Int
    }

    private(set) var fields: [Field] = []
    /// The line of the opening fence, where problems about missing fields are reported.
    let fenceLine: Int
    let name: String

    /// Fields already split into keys and values, such as an inline value's `key=value` words.
    init(name: String, fields: [Field], line: Int) {
        self.name = name
        self.fenceLine = line
        self.fields = fields
    }

    /// Reads the body of the directive `name` whose opening fence is on `fenceLine`.
    init(name: String, body: String, fenceLine: Int, problems: inout LineProblems) {
        self.name = name
        self.fenceLine = fenceLine
        for (offset, raw) in body.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            let line = fenceLine + 1 + offset
            let text = String(Substring(raw))
            let trimmed = text.trimmingSpaces()
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if text.first == " " || text.first == "\t" {
                if fields.isEmpty {
                    problems.add(line, "\(name): an indented line continues a field, but no field comes before it")
                } else {
                    fields[fields.count - 1].value += " " + trimmed
                }
                continue
            }
            guard let colon = trimmed.firstIndex(of: ":") else {
                problems.add(line, "\(name): \"\(trimmed)\" is not a field; write it as key: value")
                continue
            }
            let key = String(trimmed[..<colon]).trimmingSpaces().lowercased()
            let value = String(trimmed[trimmed.index(after: colon)...]).trimmingSpaces()
            fields.append(Field(key: key, value: value, line: line))
        }
    }

    /// Reports unknown keys and repeated ones (other than `repeatable`), naming the known keys.
    func checkKeys(known: [String], repeatable: Set<String> = [], problems: inout LineProblems) {
        var seen: Set<String> = []
        for field in fields {
            if !known.contains(field.key) {
                problems.add(field.line, "\(name): unknown field \"\(field.key)\"; known fields: \(known.joined(separator: ", "))")
            } else if seen.contains(field.key) && !repeatable.contains(field.key) {
                problems.add(field.line, "\(name): field \"\(field.key)\" is given twice")
            }
            seen.insert(field.key)
        }
    }

    /// A problem when a block gives both `alias` and the key it stands for.
    func checkAlias(_ alias: String, of key: String, problems: inout LineProblems) {
        guard field(key) != nil, let line = field(alias)?.line else { return }
        problems.add(line, "\(name): \(alias) is another name for \(key); give one of them")
    }

    /// The first field named `key`.
    func field(_ key: String) -> Field? { fields.first { $0.key == key } }

    /// Every field named `key`, in order.
    func all(_ key: String) -> [Field] { fields.filter { $0.key == key } }

    /// The value of `key`; when it is required and missing (or empty), a problem and nil.
    func text(_ key: String, required: Bool, problems: inout LineProblems) -> String? {
        guard let f = field(key) else {
            if required { problems.add(fenceLine, "\(name): missing field \"\(key)\"") }
            return nil
        }
        if f.value.isEmpty {
            problems.add(f.line, "\(name): field \"\(key)\" is empty")
            return nil
        }
        return f.value
    }

    /// The most values a list in a lesson may hold: a 64 × 64 image. Lessons are read and laid out
    /// whole, so larger data belongs in a file the Lab loads with `@FILE`.
    static let maximumValues = 4096

    /// A list of numbers, read as the Lab reads them, of at most `maximumValues`.
    func numbers(_ key: String, required: Bool, problems: inout LineProblems) -> [Double]? {
        guard let text = text(key, required: required, problems: &problems) else { return nil }
        // Counting the words first refuses a huge list at once, without reading every number.
        let words = Self.wordCount(text)
        guard words <= Self.maximumValues else {
            problems.add(field(key)!.line, "\(name): \(key) has \(words) values; a lesson's list holds at most "
                + "\(Self.maximumValues), so load larger data in the Lab with @FILE")
            return nil
        }
        do {
            return try NumberList.parse(text)
        } catch {
            problems.add(field(key)!.line, "\(name): \(key): \(error)")
            return nil
        }
    }

    /// The runs of characters between separators (spaces, commas, semicolons): as many as the values
    /// of a list that reads.
    private static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            let separator = byte == 0x20 || byte == 0x09 || byte == 0x2C || byte == 0x3B
            if !separator && !inWord { count += 1 }
            inWord = !separator
        }
        return count
    }

    /// One number.
    func number(_ key: String, required: Bool, problems: inout LineProblems) -> Double? {
        guard let values = numbers(key, required: required, problems: &problems) else { return nil }
        guard values.count == 1 else {
            problems.add(field(key)!.line, "\(name): \(key) must be one number, not \(values.count)")
            return nil
        }
        return values[0]
    }

    /// A whole number of at least `minimum`.
    func integer(_ key: String, minimum: Int, problems: inout LineProblems) -> Int? {
        guard let text = text(key, required: false, problems: &problems) else { return nil }
        guard let n = Int(text), n >= minimum else {
            problems.add(field(key)!.line, "\(name): \(key) must be a whole number of at least \(minimum), not \"\(text)\"")
            return nil
        }
        return n
    }

    /// A list of losses in LossKit's one grammar (`mse`, `mse, bce`, `both`, `all`), read from `key`
    /// or, when that is absent, from its alias `alias`.
    func losses(_ key: String, alias: String? = nil, problems: inout LineProblems) -> [Loss]? {
        let used = alias.flatMap { field(key) == nil && field($0) != nil ? $0 : nil } ?? key
        guard let text = text(used, required: true, problems: &problems) else { return nil }
        do {
            return try LossList.parse(text)
        } catch {
            problems.add(field(used)!.line, "\(name): \(used): \(error)")
            return nil
        }
    }

    /// A value of a `String`-backed enumeration, or `fallback` when the field is absent.
    func choice<T: RawRepresentable & CaseIterable>(_ key: String, default fallback: T,
                                                     problems: inout LineProblems) -> T? where T.RawValue == String {
        guard let text = text(key, required: false, problems: &problems) else {
            return field(key) == nil ? fallback : nil
        }
        guard let value = T(rawValue: text.lowercased()) else {
            let names = T.allCases.map(\.rawValue).joined(separator: ", ")
            problems.add(field(key)!.line, "\(name): \(key): \"\(text)\" is not one of \(names)")
            return nil
        }
        return value
    }

    /// yes / no (also on / off, true / false), or `false` when absent.
    func flag(_ key: String, problems: inout LineProblems) -> Bool? {
        guard let text = text(key, required: false, problems: &problems) else { return field(key) == nil ? false : nil }
        switch text.lowercased() {
        case "yes", "on", "true": return true
        case "no", "off", "false": return false
        default:
            problems.add(field(key)!.line, "\(name): \(key) must be yes or no, not \"\(text)\"")
            return nil
        }
    }
}
