/// The document id: the file name without its last extension (`corpus/x.txt` → `x`).
public enum DocumentID {
  public static func from(path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
    return String(name[..<dot])
  }
}
