/// An element or attribute name that the JATS reader tests often, with the same index in the
/// `names` of every `XMLStorage`: each parse interns `XMLName.predefined` first, in order, so a
/// name test compares two integers, not two Strings (a `switch` over twenty names made twenty
/// String comparisons per element).
///
/// The constants are literal indices, so reading one costs nothing; `predefined` checks, the
/// first time it is read, that each constant's index is its place in the list.
struct XMLName: Equatable, Sendable {
  /// The name's index in every storage's `names`.
  let index: Int32

  static let front = XMLName(index: 0)  // front
  static let articleMeta = XMLName(index: 1)  // article-meta
  static let abstract = XMLName(index: 2)  // abstract
  static let transAbstract = XMLName(index: 3)  // trans-abstract
  static let body = XMLName(index: 4)  // body
  static let back = XMLName(index: 5)  // back
  static let ack = XMLName(index: 6)  // ack
  static let sec = XMLName(index: 7)  // sec
  static let app = XMLName(index: 8)  // app
  static let notes = XMLName(index: 9)  // notes
  static let glossary = XMLName(index: 10)  // glossary
  static let appGroup = XMLName(index: 11)  // app-group
  static let floatsGroup = XMLName(index: 12)  // floats-group
  static let subArticle = XMLName(index: 13)  // sub-article
  static let articleTitle = XMLName(index: 14)  // article-title
  static let title = XMLName(index: 15)  // title
  static let label = XMLName(index: 16)  // label
  static let caption = XMLName(index: 17)  // caption
  static let p = XMLName(index: 18)  // p
  static let attrib = XMLName(index: 19)  // attrib
  static let def = XMLName(index: 20)  // def
  static let term = XMLName(index: 21)  // term
  static let list = XMLName(index: 22)  // list
  static let listItem = XMLName(index: 23)  // list-item
  static let defList = XMLName(index: 24)  // def-list
  static let defItem = XMLName(index: 25)  // def-item
  static let boxedText = XMLName(index: 26)  // boxed-text
  static let dispQuote = XMLName(index: 27)  // disp-quote
  static let statement = XMLName(index: 28)  // statement
  static let fig = XMLName(index: 29)  // fig
  static let tableWrap = XMLName(index: 30)  // table-wrap
  static let figGroup = XMLName(index: 31)  // fig-group
  static let tableWrapGroup = XMLName(index: 32)  // table-wrap-group
  static let supplementaryMaterial = XMLName(index: 33)  // supplementary-material
  static let media = XMLName(index: 34)  // media
  static let chemStructWrap = XMLName(index: 35)  // chem-struct-wrap
  static let tableWrapFoot = XMLName(index: 36)  // table-wrap-foot
  static let fn = XMLName(index: 37)  // fn
  static let fnGroup = XMLName(index: 38)  // fn-group
  static let taxonTreatment = XMLName(index: 39)  // taxon-treatment
  static let nomenclature = XMLName(index: 40)  // nomenclature
  static let treatmentSec = XMLName(index: 41)  // treatment-sec
  static let table = XMLName(index: 42)  // table
  static let td = XMLName(index: 43)  // td
  static let th = XMLName(index: 44)  // th
  static let xref = XMLName(index: 45)  // xref
  static let inlineFormula = XMLName(index: 46)  // inline-formula
  static let math = XMLName(index: 47)  // math
  static let alternatives = XMLName(index: 48)  // alternatives
  static let dispFormula = XMLName(index: 49)  // disp-formula
  static let texMath = XMLName(index: 50)  // tex-math
  static let inlineGraphic = XMLName(index: 51)  // inline-graphic
  static let graphic = XMLName(index: 52)  // graphic
  static let objectID = XMLName(index: 53)  // object-id
  static let italic = XMLName(index: 54)  // italic
  static let bold = XMLName(index: 55)  // bold
  static let underline = XMLName(index: 56)  // underline
  static let em = XMLName(index: 57)  // em
  static let `break` = XMLName(index: 58)  // break
  static let refType = XMLName(index: 59)  // ref-type
  static let rid = XMLName(index: 60)  // rid
  static let articleType = XMLName(index: 61)  // article-type
  // The reference list and person names; the last seven are attribute names.
  static let refList = XMLName(index: 62)  // ref-list
  static let ref = XMLName(index: 63)  // ref
  static let elementCitation = XMLName(index: 64)  // element-citation
  static let mixedCitation = XMLName(index: 65)  // mixed-citation
  static let citation = XMLName(index: 66)  // citation
  static let nlmCitation = XMLName(index: 67)  // nlm-citation
  static let citationAlternatives = XMLName(index: 68)  // citation-alternatives
  static let personGroup = XMLName(index: 69)  // person-group
  static let name = XMLName(index: 70)  // name
  static let stringName = XMLName(index: 71)  // string-name
  static let collab = XMLName(index: 72)  // collab
  static let etal = XMLName(index: 73)  // etal
  static let contrib = XMLName(index: 74)  // contrib
  static let nameAlternatives = XMLName(index: 75)  // name-alternatives
  static let surname = XMLName(index: 76)  // surname
  static let givenNames = XMLName(index: 77)  // given-names
  static let suffix = XMLName(index: 78)  // suffix
  static let chapterTitle = XMLName(index: 79)  // chapter-title
  static let dataTitle = XMLName(index: 80)  // data-title
  static let partTitle = XMLName(index: 81)  // part-title
  static let source = XMLName(index: 82)  // source
  static let confName = XMLName(index: 83)  // conf-name
  static let year = XMLName(index: 84)  // year
  static let date = XMLName(index: 85)  // date
  static let volume = XMLName(index: 86)  // volume
  static let issue = XMLName(index: 87)  // issue
  static let fpage = XMLName(index: 88)  // fpage
  static let lpage = XMLName(index: 89)  // lpage
  static let elocationID = XMLName(index: 90)  // elocation-id
  static let pubID = XMLName(index: 91)  // pub-id
  static let extLink = XMLName(index: 92)  // ext-link
  static let uri = XMLName(index: 93)  // uri
  static let publisherName = XMLName(index: 94)  // publisher-name
  static let edition = XMLName(index: 95)  // edition
  static let comment = XMLName(index: 96)  // comment
  static let accessDate = XMLName(index: 97)  // access-date
  static let dateInCitation = XMLName(index: 98)  // date-in-citation
  static let id = XMLName(index: 99)  // id
  static let personGroupType = XMLName(index: 100)  // person-group-type
  static let pubIDType = XMLName(index: 101)  // pub-id-type
  static let xlinkHref = XMLName(index: 102)  // xlink:href
  static let contentType = XMLName(index: 103)  // content-type
  static let publicationType = XMLName(index: 104)  // publication-type
  static let citationType = XMLName(index: 105)  // citation-type

  /// The predefined names, interned in this order at the start of every parse.
  static let predefined: [String] = {
    let named: [(XMLName, String)] = [
      (.front, "front"),
      (.articleMeta, "article-meta"),
      (.abstract, "abstract"),
      (.transAbstract, "trans-abstract"),
      (.body, "body"),
      (.back, "back"),
      (.ack, "ack"),
      (.sec, "sec"),
      (.app, "app"),
      (.notes, "notes"),
      (.glossary, "glossary"),
      (.appGroup, "app-group"),
      (.floatsGroup, "floats-group"),
      (.subArticle, "sub-article"),
      (.articleTitle, "article-title"),
      (.title, "title"),
      (.label, "label"),
      (.caption, "caption"),
      (.p, "p"),
      (.attrib, "attrib"),
      (.def, "def"),
      (.term, "term"),
      (.list, "list"),
      (.listItem, "list-item"),
      (.defList, "def-list"),
      (.defItem, "def-item"),
      (.boxedText, "boxed-text"),
      (.dispQuote, "disp-quote"),
      (.statement, "statement"),
      (.fig, "fig"),
      (.tableWrap, "table-wrap"),
      (.figGroup, "fig-group"),
      (.tableWrapGroup, "table-wrap-group"),
      (.supplementaryMaterial, "supplementary-material"),
      (.media, "media"),
      (.chemStructWrap, "chem-struct-wrap"),
      (.tableWrapFoot, "table-wrap-foot"),
      (.fn, "fn"),
      (.fnGroup, "fn-group"),
      (.taxonTreatment, "taxon-treatment"),
      (.nomenclature, "nomenclature"),
      (.treatmentSec, "treatment-sec"),
      (.table, "table"),
      (.td, "td"),
      (.th, "th"),
      (.xref, "xref"),
      (.inlineFormula, "inline-formula"),
      (.math, "math"),
      (.alternatives, "alternatives"),
      (.dispFormula, "disp-formula"),
      (.texMath, "tex-math"),
      (.inlineGraphic, "inline-graphic"),
      (.graphic, "graphic"),
      (.objectID, "object-id"),
      (.italic, "italic"),
      (.bold, "bold"),
      (.underline, "underline"),
      (.em, "em"),
      (.`break`, "break"),
      (.refType, "ref-type"),
      (.rid, "rid"),
      (.articleType, "article-type"),
      (.refList, "ref-list"),
      (.ref, "ref"),
      (.elementCitation, "element-citation"),
      (.mixedCitation, "mixed-citation"),
      (.citation, "citation"),
      (.nlmCitation, "nlm-citation"),
      (.citationAlternatives, "citation-alternatives"),
      (.personGroup, "person-group"),
      (.name, "name"),
      (.stringName, "string-name"),
      (.collab, "collab"),
      (.etal, "etal"),
      (.contrib, "contrib"),
      (.nameAlternatives, "name-alternatives"),
      (.surname, "surname"),
      (.givenNames, "given-names"),
      (.suffix, "suffix"),
      (.chapterTitle, "chapter-title"),
      (.dataTitle, "data-title"),
      (.partTitle, "part-title"),
      (.source, "source"),
      (.confName, "conf-name"),
      (.year, "year"),
      (.date, "date"),
      (.volume, "volume"),
      (.issue, "issue"),
      (.fpage, "fpage"),
      (.lpage, "lpage"),
      (.elocationID, "elocation-id"),
      (.pubID, "pub-id"),
      (.extLink, "ext-link"),
      (.uri, "uri"),
      (.publisherName, "publisher-name"),
      (.edition, "edition"),
      (.comment, "comment"),
      (.accessDate, "access-date"),
      (.dateInCitation, "date-in-citation"),
      (.id, "id"),
      (.personGroupType, "person-group-type"),
      (.pubIDType, "pub-id-type"),
      (.xlinkHref, "xlink:href"),
      (.contentType, "content-type"),
      (.publicationType, "publication-type"),
      (.citationType, "citation-type"),
    ]
    for (offset, (name, text)) in named.enumerated() {
      precondition(name.index == offset, "XMLName.\(text) has index \(name.index), not \(offset)")
    }
    return named.map(\.1)
  }()

  /// `predefined`, each name with its index.
  static let predefinedIndices: [String: Int32] = Dictionary(
    uniqueKeysWithValues: predefined.enumerated().map { ($1, Int32($0)) })
}
