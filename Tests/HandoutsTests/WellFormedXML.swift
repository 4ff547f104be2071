import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses a document as XML (the handout's HTML is written to be XHTML-compatible) and says what is
/// wrong, or nil when it is well-formed; also collects the text of every element.
final class WellFormedXML: NSObject, XMLParserDelegate {
    private(set) var text = ""
    private(set) var elements: [String: Int] = [:]

    /// The problem with `document`, with its line and column, or nil when it parses.
    func problem(in document: String) -> String? {
        let parser = XMLParser(data: Data(document.utf8))
        parser.delegate = self
        if parser.parse() { return nil }
        let error = parser.parserError.map { "\($0)" } ?? "unknown error"
        return "line \(parser.lineNumber), column \(parser.columnNumber): \(error)"
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        elements[elementName, default: 0] += 1
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
}
