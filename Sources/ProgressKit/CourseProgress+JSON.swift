#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension CourseProgress {
    /// Why bytes could not be read as progress.
    public enum DecodingProblem: Error, Sendable, Equatable, CustomStringConvertible {
        /// Not JSON, truncated, or the wrong types; the decoder's words.
        case malformed(String)
        /// Written by a newer LossLab.
        case futureVersion(Int)

        public var description: String {
            switch self {
            case let .malformed(detail): "it is not a progress file LossLab can read (\(detail))"
            case let .futureVersion(v): "it was written by a newer LossLab (file version \(v), this one reads \(CourseProgress.currentVersion))"
            }
        }
    }

    /// Reads progress from JSON bytes: the version first, then the whole.
    public static func decode(_ bytes: [UInt8]) throws(DecodingProblem) -> CourseProgress {
        struct Header: Decodable { var version: Int }
        let data = Data(bytes)
        let decoder = JSONDecoder()
        do {
            let version = try decoder.decode(Header.self, from: data).version
            if version > currentVersion { throw DecodingProblem.futureVersion(version) }
            if version < 1 { throw DecodingProblem.malformed("version \(version)") }
            return try decoder.decode(CourseProgress.self, from: data)
        } catch let problem as DecodingProblem {
            throw problem
        } catch {
            throw .malformed(Self.summary(of: error))
        }
    }

    /// The progress as JSON text, keys sorted and indented, ending in a newline.
    public func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        // Every field is a plain number, string, list or map: encoding cannot fail.
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return Array(data) + [0x0A]
    }

    /// A short reason from a decoding error, such as "lessons.x.readToEnd: expected Bool".
    private static func summary(of error: Error) -> String {
        guard let decoding = error as? DecodingError else { return "\(error)" }
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
            return keys.isEmpty ? "" : keys + ": "
        }
        switch decoding {
        case let .typeMismatch(type, context): return "\(path(context))expected \(type)"
        case let .valueNotFound(type, context): return "\(path(context))expected \(type), found null"
        case let .keyNotFound(key, context): return "\(path(context))missing \"\(key.stringValue)\""
        case let .dataCorrupted(context): return "\(path(context))not valid JSON"
        @unknown default: return "\(error)"
        }
    }
}
